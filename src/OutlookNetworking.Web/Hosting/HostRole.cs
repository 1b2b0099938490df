namespace OutlookNetworking.Web.Hosting;

/// <summary>What one instance does. Scale out with several identical instances on PostgreSQL.</summary>
public enum HostRole
{
    /// <summary>Serves HTTP and runs jobs (the default).</summary>
    All,

    /// <summary>Serves HTTP only (API, task pane, pages); jobs are enqueued for workers.</summary>
    Web,

    /// <summary>Runs jobs only; serves no HTTP.</summary>
    Worker,
}

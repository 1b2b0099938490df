namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>Who may open the jobs dashboard.</summary>
public static class JobsAuthorization
{
    /// <summary>The policy for tenant admins of the product: an app role claim <see cref="AdminRole"/>.</summary>
    public const string AdminPolicy = "Admin";

    /// <summary>The app role (Entra ID app registration, "App roles") that makes a user an OutlookNetworking admin.</summary>
    public const string AdminRole = "OutlookNetworking.Admin";

    /// <summary>Where the dashboard is served.</summary>
    public const string DashboardPath = "/hangfire";
}

namespace OutlookNetworking.Web.Features.Lifecycle;

/// <summary>What an offboarding request did.</summary>
internal enum OffboardingOutcome
{
    /// <summary>Every row of the tenant deleted.</summary>
    Removed,

    /// <summary>The tenant is not recorded: nothing to do.</summary>
    NotFound,

    /// <summary>A night or mailbox sync of the tenant held its lock past <c>Hangfire:DeletionLockWait</c>: nothing deleted.</summary>
    SyncRunning,
}

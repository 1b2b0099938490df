namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>The constant ids of recurring jobs and the names of distributed locks.</summary>
public static class JobIds
{
    /// <summary>The nightly run of one tenant.</summary>
    public static string TenantNight(Guid tenantId) => $"night:{tenantId:N}";

    /// <summary>Checks every few minutes whose morning digest is due.</summary>
    public const string DigestScheduler = "digest-scheduler";

    /// <summary>Deletes data older than the retention period.</summary>
    public const string RetentionPurge = "retention-purge";

    internal static string MailboxLock(Guid tenantId, Guid userId) => $"on:mailbox:{tenantId:N}:{userId:N}";

    internal static string TenantNightLock(Guid tenantId) => $"on:night:{tenantId:N}";
}

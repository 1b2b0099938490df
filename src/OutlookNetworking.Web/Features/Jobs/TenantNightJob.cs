using System.ComponentModel;
using Hangfire;
using Hangfire.Storage;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Analysis;
using OutlookNetworking.Web.Features.DirectorySync;

namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>
/// A tenant's night: refresh its directory (skipping rooms, shared and equipment mailboxes and
/// opted-out users) and enqueue one sync-and-analyse job per mailbox. Idempotent: a second run the
/// same night enqueues again, and each mailbox job resumes from its cursor.
/// </summary>
internal sealed partial class TenantNightJob(
    DirectoryRefresher directory,
    TenantDirectory tenantDirectory,
    MailboxStore mailboxes,
    TenantStore tenants,
    RecurringJobsRegistrar registrar,
    IBackgroundJobClient jobs,
    JobStorage storage,
    TimeProvider time,
    ILogger<TenantNightJob> logger)
{
    [DisplayName("Nightly run of {1}")]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
    public async Task RunAsync(Guid tenantId, string tenantName, CancellationToken cancellationToken)
    {
        using var connection = storage.GetConnection();
        IDisposable nightLock;
        try
        {
            nightLock = connection.AcquireDistributedLock(JobIds.TenantNightLock(tenantId), TimeSpan.FromSeconds(5));
        }
        catch (DistributedLockTimeoutException)
        {
            return;
        }

        using (nightLock)
        {
            if (await tenants.FindAsync(tenantId, cancellationToken) is null)
            {
                return; // offboarded
            }

            await tenants.MarkNightAsync(tenantId, time.GetUtcNow(), null, cancellationToken);
            var users = await directory.RefreshAsync(tenantId, cancellationToken);
            tenantDirectory.Invalidate(tenantId);
            await LearnTimeZoneAsync(tenantId, cancellationToken);
            var queued = await EnqueueMailboxesAsync(tenantId, cancellationToken);
            LogNight(logger, tenantId, users, queued);
        }
    }

    /// <summary>The tenant's zone is the most common zone of its people's mailboxes; its night moves there.</summary>
    private async Task LearnTimeZoneAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var zone = (await mailboxes.ListSyncableAsync(tenantId, cancellationToken))
            .Where(m => !string.IsNullOrEmpty(m.TimeZone))
            .GroupBy(m => m.TimeZone!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        if (zone is not null && await tenants.SetTimeZoneAsync(tenantId, zone, cancellationToken)
            && await tenants.FindAsync(tenantId, cancellationToken) is { } tenant)
        {
            registrar.RegisterTenant(tenant);
        }
    }

    /// <summary>Queues one job per syncable mailbox; returns how many.</summary>
    internal async Task<int> EnqueueMailboxesAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var syncable = await mailboxes.ListSyncableAsync(tenantId, cancellationToken);
        foreach (var mailbox in syncable)
        {
            var (t, u, name) = (mailbox.TenantId, mailbox.UserId, mailbox.DisplayName);
            jobs.Enqueue<MailboxNightJob>(job => job.RunAsync(t, u, name, CancellationToken.None));
        }

        return syncable.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Night of tenant {TenantId}: {Users} directory users, {Queued} mailboxes queued")]
    private static partial void LogNight(ILogger logger, Guid tenantId, int users, int queued);
}

using System.ComponentModel;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Analysis;
using OutlookNetworking.Web.Features.DirectorySync;
using OutlookNetworking.Web.Hosting.Operations;

namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>
/// A tenant's night: re-check the tenant's grants (<see cref="TenantGrantCheck"/>: withdrawn, nothing is synced), refresh its directory (skipping rooms, shared and equipment mailboxes, guests and
/// opted-out users) and enqueue one sync-and-analyse job per mailbox, plus the out-of-scope mailboxes due
/// to be tried again (graph-fidelity GF-12). Its one log line is the night's summary, out-of-scope
/// mailboxes counted once. Idempotent: a second run the same night enqueues again, and each mailbox job
/// resumes from its cursor.
/// </summary>
internal sealed partial class TenantNightJob(
    DirectoryRefresher directory,
    TenantDirectory tenantDirectory,
    MailboxStore mailboxes,
    TenantStore tenants,
    RecurringJobsRegistrar registrar,
    IBackgroundJobClient jobs,
    JobStorage storage,
    IOptions<JobsOptions> options,
    TimeProvider time,
    NightTelemetry telemetry,
    TenantGrantCheck grants,
    ILogger<TenantNightJob> logger)
{
    [DisplayName("Nightly run of tenant {0}")]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
    public Task RunAsync(Guid tenantId, string tenantName, CancellationToken cancellationToken) =>
        RunAsync(tenantId, cancellationToken); // jobs queued (and recurring jobs registered) before the arguments were ids only

    [DisplayName("Nightly run of tenant {0}")]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
    public async Task RunAsync(Guid tenantId, CancellationToken cancellationToken)
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

            if (!await grants.GrantedAsync(tenantId, cancellationToken))
            {
                return; // grants withdrawn: reported, nothing synced
            }

            using var activity = NightTelemetry.StartNight(tenantId);
            telemetry.NightRun();
            await tenants.MarkNightAsync(tenantId, time.GetUtcNow(), null, cancellationToken);
            int users;
            try
            {
                users = await directory.RefreshAsync(tenantId, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw JobFailureException.From(ex); // what Hangfire stores and logs: status and code, not Graph's text
            }

            tenantDirectory.Invalidate(tenantId);
            await LearnTimeZoneAsync(tenantId, cancellationToken);
            var queued = await EnqueueMailboxesAsync(tenantId, cancellationToken);
            var outOfScope = await mailboxes.ListOutOfScopeAsync(tenantId, cancellationToken);
            var outsideAppScope = outOfScope.Count(m => m.Access == MailboxAccess.OutsideAppScope);
            LogNight(logger, tenantId, users, queued, outsideAppScope, outOfScope.Count - outsideAppScope);
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

    /// <summary>Queues one job per syncable mailbox, and per out-of-scope mailbox not tried for
    /// <see cref="JobsOptions.OutOfScopeRecheckInterval"/> (one request tells whether it is still out of scope); returns
    /// how many.</summary>
    internal async Task<int> EnqueueMailboxesAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var syncable = await mailboxes.ListSyncableAsync(tenantId, cancellationToken);
        var recheckBefore = time.GetUtcNow() - options.Value.OutOfScopeRecheckInterval;
        var recheck = (await mailboxes.ListOutOfScopeAsync(tenantId, cancellationToken))
            .Where(m => m.AccessCheckedAt is null || m.AccessCheckedAt <= recheckBefore);
        var queued = 0;
        foreach (var mailbox in syncable.Concat(recheck))
        {
            var (t, u) = (mailbox.TenantId, mailbox.UserId);
            jobs.Enqueue<MailboxNightJob>(job => job.RunAsync(t, u, CancellationToken.None));
            queued++;
        }

        return queued;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Night of tenant {TenantId}: {Users} directory users, {Queued} mailboxes queued; out of scope: {OutsideAppScope} outside the app's scope, {NoExchangeMailbox} without an Exchange Online mailbox (listed on the admin status page)")]
    private static partial void LogNight(ILogger logger, Guid tenantId, int users, int queued, int outsideAppScope, int noExchangeMailbox);
}

using OutlookNetworking.Data.Audit;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Consent;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Features.Lifecycle;

/// <summary>
/// Removes a tenant: its recurring night job first (so nothing syncs it again), then, holding the locks a sync takes
/// (the night's and every mailbox's), its queued jobs and every row of every table that belongs to it, then the cached
/// consent (its users get 403 at once). Audited as <c>tenant.offboarded</c>. Two rows are kept, without personal data:
/// that audit entry and the tenant's tombstone (<see cref="TenantTombstoneStore"/>, written before anything is deleted),
/// which refuses a later consent for the tenant until a qualifying admin of it clears it.
/// </summary>
internal sealed partial class TenantOffboarding(
    RecurringJobsRegistrar jobs, SyncLocks locks, QueuedJobs queued, TenantStore tenants, AuditLog audit, TenantConsentCache consent,
    TenantTombstoneStore tombstones, TimeProvider timeProvider, ILogger<TenantOffboarding> logger)
{
    /// <summary>Gone when the tenant is not (or no longer) recorded; busy when a sync of it held its lock past the wait
    /// (nothing deleted).</summary>
    public async Task<OffboardingOutcome> OffboardAsync(Guid tenantId, string actor, CancellationToken cancellationToken)
    {
        if (await tenants.FindAsync(tenantId, cancellationToken) is null)
        {
            return OffboardingOutcome.NotFound;
        }

        using (var held = await locks.TakeTenantAsync(tenantId, cancellationToken))
        {
            if (held is null)
            {
                LogBusy(logger, tenantId);
                return OffboardingOutcome.SyncRunning;
            }

            await tombstones.AddAsync(tenantId, timeProvider.GetUtcNow(), cancellationToken);
            jobs.RemoveTenant(tenantId);
            await tenants.DeleteAsync(tenantId, cancellationToken);
            queued.Remove(tenantId, null);
        }

        consent.Invalidate(tenantId);
        await audit.AppendAsync(tenantId, actor, "tenant.offboarded", "every row of the tenant deleted; night job removed", cancellationToken);
        LogOffboarded(logger, tenantId);
        return OffboardingOutcome.Removed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} not offboarded: a sync of it is running; nothing deleted")]
    private static partial void LogBusy(ILogger logger, Guid tenantId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} offboarded: all its data deleted")]
    private static partial void LogOffboarded(ILogger logger, Guid tenantId);
}

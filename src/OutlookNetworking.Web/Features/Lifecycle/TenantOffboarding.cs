using OutlookNetworking.Data.Audit;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Consent;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Features.Lifecycle;

/// <summary>
/// Removes a tenant: its recurring night job first (so nothing syncs it again), then every row of every table that
/// belongs to it, then the cached consent (its users get 403 at once). Audited as <c>tenant.offboarded</c>; the
/// audit entry is the one row kept, without personal data.
/// </summary>
internal sealed partial class TenantOffboarding(
    RecurringJobsRegistrar jobs, TenantStore tenants, AuditLog audit, TenantConsentCache consent, ILogger<TenantOffboarding> logger)
{
    /// <summary>Returns false when the tenant is not (or no longer) recorded.</summary>
    public async Task<bool> OffboardAsync(Guid tenantId, string actor, CancellationToken cancellationToken)
    {
        if (await tenants.FindAsync(tenantId, cancellationToken) is null)
        {
            return false;
        }

        jobs.RemoveTenant(tenantId);
        await tenants.DeleteAsync(tenantId, cancellationToken);
        consent.Invalidate(tenantId);
        await audit.AppendAsync(tenantId, actor, "tenant.offboarded", "every row of the tenant deleted; night job removed", cancellationToken);
        LogOffboarded(logger, tenantId);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} offboarded: all its data deleted")]
    private static partial void LogOffboarded(ILogger logger, Guid tenantId);
}

using Hangfire;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Consent.Storage;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Features.Tenants;

/// <summary>A newly consented tenant gets its nightly job and a first night right away.</summary>
internal sealed class HangfireFirstSyncScheduler(TenantStore tenants, RecurringJobsRegistrar registrar, IBackgroundJobClient jobs)
    : IFirstSyncScheduler
{
    public async Task EnqueueFirstSyncAsync(Guid tenantId, CancellationToken ct)
    {
        var tenant = await tenants.FindAsync(tenantId, ct)
                     ?? throw new InvalidOperationException("A first sync was asked for a tenant that is not recorded.");
        registrar.RegisterTenant(tenant);
        jobs.Enqueue<TenantNightJob>(job => job.RunAsync(tenantId, CancellationToken.None));
    }
}

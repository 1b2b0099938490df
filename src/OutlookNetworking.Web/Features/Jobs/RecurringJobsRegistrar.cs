using Hangfire;
using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Digest;

namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>Registers every recurring job in one place, with constant ids and explicit time zones:
/// one nightly run per consented tenant, in the tenant's zone; the digest scheduler every few minutes (UTC:
/// it reads each user's own zone).</summary>
internal sealed class RecurringJobsRegistrar(IRecurringJobManager recurring, TenantStore tenants, IOptions<JobsOptions> options,
    IOptions<DigestOptions> digest)
{
    public async Task RegisterAllAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<DigestSchedulerJob>(JobIds.DigestScheduler, job => job.RunAsync(CancellationToken.None),
            digest.Value.SchedulerCron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        foreach (var tenant in await tenants.ListAsync(cancellationToken))
        {
            RegisterTenant(tenant);
        }
    }

    public void RegisterTenant(TenantEntity tenant)
    {
        var id = tenant.TenantId;
        recurring.AddOrUpdate<TenantNightJob>(JobIds.TenantNight(id), job => job.RunAsync(id, CancellationToken.None),
            options.Value.NightlyCron, new RecurringJobOptions { TimeZone = ZoneOf(options.Value.NightlyTimeZone ?? tenant.TimeZone) });
    }

    public void RemoveTenant(Guid tenantId) => recurring.RemoveIfExists(JobIds.TenantNight(tenantId));

    internal static TimeZoneInfo ZoneOf(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}

using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Consent.Storage;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Features.Tenants;

/// <summary>A tenant's sync progress, read from the store, with the mailboxes out of the app's reach.</summary>
internal sealed class StoreTenantSyncStatusReader(TenantStore tenants, MailboxStore mailboxes, IOptions<JobsOptions> jobs)
    : ITenantSyncStatusReader
{
    public async ValueTask<TenantSyncStatus> GetAsync(Guid tenantId, CancellationToken ct)
    {
        var all = await mailboxes.ListAsync(tenantId, ct);
        var synced = all.Where(m => m.LastSyncedAt is not null).ToList();
        var tenant = await tenants.FindAsync(tenantId, ct);
        var last = synced.Count == 0 ? tenant?.LastNightCompletedAt : synced.Max(m => m.LastSyncedAt);
        var outOfScope = await mailboxes.ListOutOfScopeAsync(tenantId, ct);
        return new TenantSyncStatus(last, synced.Count)
        {
            OutOfScope = outOfScope.Select(m => new OutOfScopeMailbox(m.DisplayName, m.UserPrincipalName,
                m.Access == MailboxAccess.NoExchangeMailbox, m.OutOfScopeSince)).ToList(),
            OutOfScopeRecheckInterval = jobs.Value.OutOfScopeRecheckInterval,
        };
    }
}

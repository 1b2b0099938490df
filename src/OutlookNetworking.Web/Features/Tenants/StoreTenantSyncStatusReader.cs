using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Features.Tenants;

/// <summary>A tenant's sync progress, read from the store.</summary>
internal sealed class StoreTenantSyncStatusReader(TenantStore tenants, MailboxStore mailboxes) : ITenantSyncStatusReader
{
    public async ValueTask<TenantSyncStatus> GetAsync(Guid tenantId, CancellationToken ct)
    {
        var all = await mailboxes.ListAsync(tenantId, ct);
        var synced = all.Where(m => m.LastSyncedAt is not null).ToList();
        var tenant = await tenants.FindAsync(tenantId, ct);
        var last = synced.Count == 0 ? tenant?.LastNightCompletedAt : synced.Max(m => m.LastSyncedAt);
        return new TenantSyncStatus(last, synced.Count);
    }
}

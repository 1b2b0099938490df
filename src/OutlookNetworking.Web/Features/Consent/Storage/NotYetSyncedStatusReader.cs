namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>The default <see cref="ITenantSyncStatusReader"/> until sync is wired in: nothing synced yet.</summary>
internal sealed class NotYetSyncedStatusReader : ITenantSyncStatusReader
{
    public ValueTask<TenantSyncStatus> GetAsync(Guid tenantId, CancellationToken ct) =>
        ValueTask.FromResult(new TenantSyncStatus(null, 0));
}

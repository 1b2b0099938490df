namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>Reads a tenant's sync progress for the status page. Storage/sync implement it; until then
/// <see cref="NotYetSyncedStatusReader"/> reports nothing synced.</summary>
public interface ITenantSyncStatusReader
{
    ValueTask<TenantSyncStatus> GetAsync(Guid tenantId, CancellationToken ct);
}

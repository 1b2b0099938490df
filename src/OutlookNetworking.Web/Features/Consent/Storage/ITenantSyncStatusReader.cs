namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>Reads a tenant's sync progress for the status page. The product's store implements it
/// (<c>StoreTenantSyncStatusReader</c>).</summary>
public interface ITenantSyncStatusReader
{
    ValueTask<TenantSyncStatus> GetAsync(Guid tenantId, CancellationToken ct);
}

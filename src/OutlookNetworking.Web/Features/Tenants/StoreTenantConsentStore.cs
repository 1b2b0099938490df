using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Features.Tenants;

/// <summary>Consented tenants, kept in the product's store.</summary>
internal sealed class StoreTenantConsentStore(TenantStore tenants) : ITenantConsentStore
{
    public async ValueTask<ConsentedTenant?> FindAsync(Guid tenantId, CancellationToken ct) =>
        await tenants.FindAsync(tenantId, ct) is { } t ? new ConsentedTenant(t.TenantId, t.ConsentedAt) : null;

    public async ValueTask<ConsentRecordResult> RecordAsync(Guid tenantId, DateTimeOffset consentedAt, CancellationToken ct)
    {
        var existing = await tenants.FindAsync(tenantId, ct);
        var created = existing is null && await tenants.RecordConsentAsync(tenantId, "", [], null, consentedAt, ct);
        var record = await tenants.FindAsync(tenantId, ct)
                     ?? throw new InvalidOperationException("The tenant record vanished while it was being recorded.");
        return new ConsentRecordResult(new ConsentedTenant(record.TenantId, record.ConsentedAt), created);
    }
}

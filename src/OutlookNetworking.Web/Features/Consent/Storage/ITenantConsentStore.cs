namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>The organisations that granted admin consent. The product's store implements it
/// (<c>StoreTenantConsentStore</c>); tests keep an in-memory one.</summary>
public interface ITenantConsentStore
{
    /// <summary>The consented tenant, or null when <paramref name="tenantId"/> never completed consent.</summary>
    ValueTask<ConsentedTenant?> FindAsync(Guid tenantId, CancellationToken ct);

    /// <summary>Records consent idempotently: the first call creates the record (<c>Created</c> true);
    /// later calls return the existing record unchanged (<c>Created</c> false). Safe under concurrent calls.</summary>
    ValueTask<ConsentRecordResult> RecordAsync(Guid tenantId, DateTimeOffset consentedAt, CancellationToken ct);
}

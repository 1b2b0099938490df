namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>The stored record after <see cref="ITenantConsentStore.RecordAsync"/>, and whether this call created it.</summary>
public readonly record struct ConsentRecordResult(ConsentedTenant Tenant, bool Created);

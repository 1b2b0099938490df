namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>An organisation whose admin granted consent, confirmed by an app-only token for it.</summary>
/// <param name="TenantId">The Entra ID tenant id.</param>
/// <param name="ConsentedAt">When consent was first confirmed (a repeated consent keeps the first time).</param>
public sealed record ConsentedTenant(Guid TenantId, DateTimeOffset ConsentedAt);

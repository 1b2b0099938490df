namespace OutlookNetworking.Web.Features.Auth;

/// <summary>Body of <c>GET /api/auth/tenant</c>: the caller's organisation and when it consented.</summary>
public sealed record TenantResponse(Guid TenantId, DateTimeOffset ConsentedAt);

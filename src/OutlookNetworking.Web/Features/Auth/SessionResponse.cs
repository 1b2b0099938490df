namespace OutlookNetworking.Web.Features.Auth;

/// <summary>Body of <c>GET /api/auth/session</c>: who the token says the caller is.</summary>
public sealed record SessionResponse(Guid TenantId, Guid ObjectId, string? UserPrincipalName, string? DisplayName);

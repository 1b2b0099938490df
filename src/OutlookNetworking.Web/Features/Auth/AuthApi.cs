using Microsoft.AspNetCore.Http.HttpResults;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Features.Auth;

/// <summary>
/// <c>GET /api/auth/session</c> (the caller's identity from the token) and <c>GET /api/auth/tenant</c> (their
/// organisation's consent). Both require <see cref="AuthPolicies.ApiUser"/>; the task pane can call the first to
/// check sign-in, and the isolation tests use both as probes.
/// </summary>
public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth").RequireAuthorization(AuthPolicies.ApiUser);
        group.MapGet("/session", GetSession);
        group.MapGet("/tenant", GetTenantAsync);
        return group;
    }

    internal static Ok<SessionResponse> GetSession(CurrentUser user) =>
        TypedResults.Ok(new SessionResponse(user.TenantId, user.ObjectId, user.UserPrincipalName, user.DisplayName));

    internal static async Task<Results<Ok<TenantResponse>, NotFound>> GetTenantAsync(
        CurrentUser user, ITenantConsentStore store, CancellationToken ct)
    {
        var tenant = await store.FindAsync(user.TenantId, ct);
        return tenant is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new TenantResponse(tenant.TenantId, tenant.ConsentedAt));
    }
}

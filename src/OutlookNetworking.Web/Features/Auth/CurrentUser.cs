using System.Reflection;
using System.Security.Claims;
using Microsoft.Identity.Web;

namespace OutlookNetworking.Web.Features.Auth;

/// <summary>
/// The signed-in user of a request, taken only from the validated token's claims (<c>tid</c>, <c>oid</c>,
/// <c>preferred_username</c>, <c>name</c>); never from the route, query or body. Minimal API handlers
/// take it as a parameter (<see cref="BindAsync"/>); other code calls <see cref="FromPrincipal"/>.
/// </summary>
public sealed record CurrentUser(Guid TenantId, Guid ObjectId, string? UserPrincipalName, string? DisplayName)
{
    /// <summary>The user of an authenticated principal, or null when tid or oid is missing or not a GUID.</summary>
    public static CurrentUser? FromPrincipal(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        if (!Guid.TryParse(principal.GetTenantId(), out var tenantId) || tenantId == Guid.Empty
            || !Guid.TryParse(principal.GetObjectId(), out var objectId) || objectId == Guid.Empty)
        {
            return null;
        }

        var upn = principal.FindFirst("preferred_username")?.Value ?? principal.FindFirst(ClaimTypes.Upn)?.Value;
        return new CurrentUser(tenantId, objectId, upn, principal.FindFirst("name")?.Value);
    }

    /// <summary>Minimal API binding: reads <see cref="HttpContext.User"/> and nothing else.</summary>
    /// <remarks>An endpoint that takes a <see cref="CurrentUser"/> must require <see cref="AuthPolicies.ApiUser"/>;
    /// without a usable identity the binding fails and the request gets 400, never another user's data.</remarks>
    public static ValueTask<CurrentUser?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(FromPrincipal(context.User));
    }
}

using System.Security.Claims;

namespace OutlookNetworking.Web.Features.Admin;

/// <summary>The tenant and object id of a signed-in admin (Entra ID short or long claim names).</summary>
internal static class AdminClaims
{
    public static Guid? TenantId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst("tid")?.Value ?? user.FindFirst("http://schemas.microsoft.com/identity/claims/tenantid")?.Value, out var id)
            ? id
            : null;

    public static string Actor(ClaimsPrincipal user) =>
        user.FindFirst("oid")?.Value ?? user.FindFirst("http://schemas.microsoft.com/identity/claims/objectidentifier")?.Value ?? "unknown";
}

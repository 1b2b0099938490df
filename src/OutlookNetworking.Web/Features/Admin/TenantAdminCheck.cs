using System.Security.Claims;

namespace OutlookNetworking.Web.Features.Admin;

/// <summary>Whether the signed-in admin may act for a tenant's enrolment (consent, clearing its tombstone): signed in,
/// the token's <c>tid</c> is that tenant, and its <c>wids</c> hold one of <see cref="EntraDirectoryRoles.Consenting"/>.
/// The refusal is a reason code (kept in the audit log) or null when the admin qualifies.</summary>
internal static class TenantAdminCheck
{
    public const string NotSignedIn = "admin_not_signed_in";
    public const string TenantMismatch = "admin_tenant_mismatch";
    public const string RoleMissing = "admin_role_missing";

    public static string? Refusal(ClaimsPrincipal? admin, Guid tenantId)
    {
        if (admin?.Identity?.IsAuthenticated != true)
        {
            return NotSignedIn;
        }

        if (AdminClaims.TenantId(admin) != tenantId)
        {
            return TenantMismatch;
        }

        return EntraDirectoryRoles.HoldsConsentingRole(admin) ? null : RoleMissing;
    }
}

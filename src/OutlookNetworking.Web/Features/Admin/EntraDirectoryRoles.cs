using System.Security.Claims;

namespace OutlookNetworking.Web.Features.Admin;

/// <summary>
/// The Entra ID directory roles that may enrol an organisation (admin consent) and clear its offboarding tombstone, as
/// the admin's sign-in token names them in its <c>wids</c> claim (role template ids, the same in every tenant; Microsoft
/// Entra built-in roles reference). Entra ID emits <c>wids</c> only when the app registration's
/// <c>groupMembershipClaims</c> is <c>DirectoryRole</c> or <c>All</c> (docs/security.md).
/// </summary>
public static class EntraDirectoryRoles
{
    /// <summary>The claim of the directory roles (template ids) held by the signed-in user.</summary>
    public const string Claim = "wids";

    public const string GlobalAdministrator = "62e90394-69f5-4237-9190-012177145e10";

    public const string PrivilegedRoleAdministrator = "e8611ab8-c189-46e8-94e1-60213ab1f814";

    public const string CloudApplicationAdministrator = "158c047a-c907-4556-b7ef-446551a6b5f7";

    /// <summary>The roles that may grant the product's application permissions tenant-wide.</summary>
    public static IReadOnlyList<string> Consenting { get; } = [GlobalAdministrator, PrivilegedRoleAdministrator, CloudApplicationAdministrator];

    public static bool HoldsConsentingRole(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindAll(Claim).Any(c => Consenting.Contains(c.Value, StringComparer.OrdinalIgnoreCase));
    }
}

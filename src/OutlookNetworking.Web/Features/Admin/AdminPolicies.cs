namespace OutlookNetworking.Web.Features.Admin;

/// <summary>Names of the admin sign-in schemes, role and policy.</summary>
public static class AdminPolicies
{
    /// <summary>The policy of the Hangfire dashboard and the admin pages: signed in with <see cref="CookieScheme"/>
    /// and holding the app role <see cref="Role"/>.</summary>
    public const string Admin = "Admin";

    /// <summary>The policy of the pages of an organisation's enrolment (consent start, clearing an offboarding tombstone):
    /// signed in with <see cref="CookieScheme"/>, no app role (the organisation may not have the app yet); the pages
    /// check the admin's tenant and directory roles themselves (<see cref="EntraDirectoryRoles"/>).</summary>
    public const string SignedIn = "AdminSignedIn";

    /// <summary>The Entra ID app role an administrator must be assigned (Enterprise applications > Users and groups).</summary>
    public const string Role = "OutlookNetworking.Admin";

    /// <summary>The admin browser session: a cookie separate from the API's bearer tokens.</summary>
    public const string CookieScheme = "AdminCookie";

    /// <summary>OpenID Connect sign-in of administrators with Entra ID (not registered in demo mode).</summary>
    public const string OpenIdConnectScheme = "AdminOpenIdConnect";

    /// <summary>The claim holding app roles in Entra ID tokens.</summary>
    public const string RoleClaim = "roles";
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using OutlookNetworking.Graph.Permissions;
using OutlookNetworking.Web.Features.Admin;
using OutlookNetworking.Web.Features.Auth;
using OutlookNetworking.Web.Features.Consent;
using OutlookNetworking.Web.Features.TaskPane;

namespace OutlookNetworking.Cli.Commands.AppRegistration;

/// <summary>
/// The Entra ID app registration of a host, as a Microsoft Graph <c>application</c> resource (the body of
/// <c>POST /applications</c> or <c>PATCH /applications(appId='…')</c>; <c>az rest</c> sends it as it is). Everything comes
/// from the product's own constants: the Graph application permissions it requests (<see cref="GraphPermissions.Requested"/>,
/// what the consent page shows), its API scope (<see cref="AuthPolicies.ApiScope"/>), its admin app role
/// (<see cref="AdminPolicies.Role"/>) and the routes Entra ID redirects to.
/// </summary>
internal static class ApplicationManifest
{
    public const string DisplayName = "OutlookNetworking";

    /// <summary>The id of the <c>access_as_user</c> scope. Fixed, so that applying the manifest again (PATCH) updates the
    /// scope instead of adding a second one (Entra ID refuses to drop an enabled scope).</summary>
    public static readonly Guid AccessAsUserScopeId = new("aa66cf6b-e77c-476f-99a9-7bf232feec3a");

    /// <summary>The id of the <c>OutlookNetworking.Admin</c> app role; fixed for the same reason.</summary>
    public static readonly Guid AdminRoleId = new("317faf7c-24e0-4220-8113-be2324742bc7");

    /// <summary>The task pane's sign-in dialog (the fallback where Nested App Authentication is unavailable).</summary>
    public const string AuthDialogPath = TaskPaneFilesExtensions.PanePath + "auth-dialog.html";

    /// <summary>Makes the ID and access tokens carry <c>wids</c> (the user's Entra directory role template ids), which
    /// the admin pages check; "DirectoryRole" adds no <c>groups</c> claim.</summary>
    public const string GroupMembershipClaims = "DirectoryRole";

    public static JsonObject Build(Uri publicBaseUrl, Guid? clientId)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        var manifest = new JsonObject
        {
            ["displayName"] = DisplayName,
            ["signInAudience"] = "AzureADMultipleOrgs",
        };
        if (clientId is { } id)
        {
            manifest["identifierUris"] = new JsonArray(ApplicationIdUri(publicBaseUrl, id));
        }

        manifest["groupMembershipClaims"] = GroupMembershipClaims;
        manifest["api"] = new JsonObject
        {
            ["requestedAccessTokenVersion"] = 2,
            ["oauth2PermissionScopes"] = new JsonArray(new JsonObject
            {
                ["id"] = AccessAsUserScopeId.ToString("D"),
                ["value"] = AuthPolicies.ApiScope,
                ["type"] = "User",
                ["isEnabled"] = true,
                ["adminConsentDisplayName"] = "Read your relationship suggestions",
                ["adminConsentDescription"] = "Lets the OutlookNetworking task pane read the signed-in user's relationships and "
                                              + "follow-up suggestions, and record their feedback.",
                ["userConsentDisplayName"] = "Read your relationship suggestions",
                ["userConsentDescription"] = "Lets the OutlookNetworking task pane show your relationships and follow-up "
                                             + "suggestions, and record what you do with them.",
            }),
        };
        manifest["appRoles"] = new JsonArray(new JsonObject
        {
            ["id"] = AdminRoleId.ToString("D"),
            ["value"] = AdminPolicies.Role,
            ["allowedMemberTypes"] = new JsonArray("User"),
            ["displayName"] = "OutlookNetworking administrator",
            ["description"] = "Opens the admin pages (/admin/manage: audit log, offboarding) and, in the operator tenant, "
                              + "the job dashboard (/hangfire).",
            ["isEnabled"] = true,
        });
        manifest["web"] = new JsonObject
        {
            ["redirectUris"] = new JsonArray([.. WebRedirectUris(publicBaseUrl).Select(u => JsonValue.Create(u))]),
            ["implicitGrantSettings"] = new JsonObject { ["enableIdTokenIssuance"] = false, ["enableAccessTokenIssuance"] = false },
        };
        manifest["spa"] = new JsonObject
        {
            ["redirectUris"] = new JsonArray([.. SpaRedirectUris(publicBaseUrl).Select(u => JsonValue.Create(u))]),
        };
        manifest["requiredResourceAccess"] = new JsonArray(new JsonObject
        {
            ["resourceAppId"] = GraphPermissions.GraphAppId.ToString("D"),
            ["resourceAccess"] = new JsonArray([.. GraphPermissions.Requested.Select(p => new JsonObject
            {
                ["id"] = p.Id.ToString("D"),
                ["type"] = "Role",
            })]),
        });
        return manifest;
    }

    /// <summary>The Application ID URI: <c>api://host[:port]/CLIENT-ID</c> (AzureAd:Audience; a form Entra ID accepts for
    /// multi-tenant apps without a verified domain).</summary>
    public static string ApplicationIdUri(Uri publicBaseUrl, Guid clientId) =>
        $"api://{publicBaseUrl.Authority}/{clientId:D}";

    /// <summary>Web (confidential) redirect URIs: the admin consent callback and the admin sign-in's.</summary>
    public static IReadOnlyList<string> WebRedirectUris(Uri publicBaseUrl) =>
        [BaseUrl(publicBaseUrl) + ConsentRoutes.Callback, BaseUrl(publicBaseUrl) + new OpenIdConnectOptions().CallbackPath];

    /// <summary>Single-page application redirect URIs of the task pane: Nested App Authentication's broker URI
    /// (<c>brk-multihub://host[:port]</c>) and the sign-in dialog.</summary>
    public static IReadOnlyList<string> SpaRedirectUris(Uri publicBaseUrl) =>
        ["brk-multihub://" + publicBaseUrl.Authority, BaseUrl(publicBaseUrl) + AuthDialogPath];

    private static string BaseUrl(Uri publicBaseUrl) => publicBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
}

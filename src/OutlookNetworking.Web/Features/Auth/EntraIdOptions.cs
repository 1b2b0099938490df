using System.ComponentModel.DataAnnotations;
using Microsoft.Identity.Abstractions;

namespace OutlookNetworking.Web.Features.Auth;

/// <summary>
/// The app registration, bound from the "AzureAd" section (the same section Microsoft.Identity.Web reads).
/// </summary>
public sealed class EntraIdOptions
{
    public const string SectionName = "AzureAd";

    /// <summary>The sign-in cloud. Default: https://login.microsoftonline.com/.</summary>
    [Required]
    [Url]
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>"organizations" for a multi-tenant API (the default): any work or school tenant may sign in,
    /// and the consent gate decides which are served.</summary>
    [Required]
    public string TenantId { get; set; } = "organizations";

    /// <summary>The application (client) id of the app registration. Required.</summary>
    [Required]
    public string ClientId { get; set; } = "";

    /// <summary>The API's Application ID URI (e.g. api://host/CLIENT-ID). Tokens for it or for the client id are accepted.</summary>
    public string? Audience { get; set; }

    /// <summary>The client applications whose tokens the API accepts (the token's <c>azp</c>): the add-in's own client
    /// id. Default: empty, meaning <see cref="ClientId"/> only (the task pane signs in with the app registration it
    /// calls). Another app a user consented to <c>access_as_user</c> is refused.</summary>
    public IList<string> AllowedClientApplications { get; } = [];

    /// <summary>The client ids accepted as <c>azp</c>: <see cref="AllowedClientApplications"/>, or <see cref="ClientId"/>.</summary>
    public IReadOnlyCollection<string> AcceptedClientApplications =>
        AllowedClientApplications.Count > 0 ? [.. AllowedClientApplications] : [ClientId];

    /// <summary>Credentials used for app-only tokens, first usable wins: a certificate (store, path, Key Vault,
    /// base64) or a managed-identity federated credential is preferred over a client secret.</summary>
    public IList<CredentialDescription> ClientCredentials { get; } = [];

    /// <summary>Send the certificate chain (x5c) with certificate assertions (subject name/issuer auth). Default: false.</summary>
    public bool SendX5C { get; set; }

    /// <summary>The Instance as a URI with a trailing slash.</summary>
    public Uri InstanceUri => new(Instance.EndsWith('/') ? Instance : Instance + "/");

    /// <summary>The issuer template Entra ID uses for v2.0 tokens: <c>{Instance}{tenantid}/v2.0</c>.</summary>
    public string IssuerTemplate => InstanceUri + "{tenantid}/v2.0";

    /// <summary>The issuer of a v2.0 token for <paramref name="tenantId"/>.</summary>
    public string IssuerFor(Guid tenantId) => InstanceUri + tenantId.ToString("D") + "/v2.0";
}

using System.Text.Json.Nodes;

namespace OutlookNetworking.Cli.Commands.AppRegistration;

/// <summary>
/// The federated identity credential that lets a user-assigned managed identity sign in as the app registration (no
/// secret, no certificate): Microsoft Graph's <c>federatedIdentityCredential</c> resource, the body of
/// <c>POST /applications(appId='…')/federatedIdentityCredentials</c> and the <c>--parameters</c> file of
/// <c>az ad app federated-credential create</c>. The host uses it with
/// <c>AzureAd:ClientCredentials:0:SourceType=SignedAssertionFromManagedIdentity</c>.
/// </summary>
internal static class FederatedCredential
{
    public const string Name = "outlooknetworking-managed-identity";

    /// <summary>The audience Entra ID expects of a managed identity's token exchanged for an app token.</summary>
    public const string Audience = "api://AzureADTokenExchange";

    /// <param name="tenantId">The tenant of the managed identity (the app registration's home tenant).</param>
    /// <param name="managedIdentityObjectId">The managed identity's object (principal) id: the subject of its tokens.</param>
    public static JsonObject Build(Guid tenantId, Guid managedIdentityObjectId) => new()
    {
        ["name"] = Name,
        ["issuer"] = $"https://login.microsoftonline.com/{tenantId:D}/v2.0",
        ["subject"] = managedIdentityObjectId.ToString("D"),
        ["audiences"] = new JsonArray(Audience),
        ["description"] = "The OutlookNetworking host's user-assigned managed identity signs in as this app.",
    };
}

using System.Collections.Concurrent;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Web;
using OutlookNetworking.Web.Features.Consent;
using OutlookNetworking.Graph.Permissions;

namespace OutlookNetworking.Web.Features.Auth.AppTokens;

/// <summary>
/// App-only tokens from Entra ID with Azure.Identity: one credential per tenant (each caches its tokens).
/// The credential is the first usable entry of <see cref="EntraIdOptions.ClientCredentials"/>, in the order
/// configured: a certificate (loaded by Microsoft.Identity.Web from a store, a file, Key Vault or base64), a
/// managed identity federated credential, or a client secret.
/// </summary>
internal sealed class EntraAppTokenSource(IOptions<EntraIdOptions> options, ILogger<DefaultCredentialsLoader> loaderLogger)
    : IAppTokenSource
{
    private static readonly TokenRequestContext GraphRequest = new([GraphPermissions.DefaultScope]);
    private readonly ConcurrentDictionary<Guid, Lazy<Task<TokenCredential>>> _credentials = new();

    public async Task<AccessToken> GetGraphTokenAsync(Guid tenantId, CancellationToken ct)
    {
        var pending = _credentials.GetOrAdd(tenantId, id => new Lazy<Task<TokenCredential>>(() => CreateCredentialAsync(id)));
        TokenCredential credential;
        try
        {
            credential = await pending.Value;
        }
        catch
        {
            // A certificate that failed to load (Key Vault unreachable, say) is retried on the next call.
            _credentials.TryRemove(new KeyValuePair<Guid, Lazy<Task<TokenCredential>>>(tenantId, pending));
            throw;
        }

        try
        {
            return await credential.GetTokenAsync(GraphRequest, ct);
        }
        catch (AuthenticationFailedException ex)
        {
            throw new AppTokenUnavailableException(
                "Entra ID did not issue an app-only token for this organisation. If consent was just granted, "
                + "wait a minute and try again.", ex);
        }
    }

    /// <summary>Graph refused the cached token as expired: the tenant's credential (and its token cache) is made again, so
    /// the next token is fetched from Entra ID. Several callers renewing at once make it once.</summary>
    public async Task<AccessToken> RenewGraphTokenAsync(Guid tenantId, string rejectedToken, CancellationToken ct)
    {
        if (_credentials.TryGetValue(tenantId, out var pending))
        {
            var cached = await GetGraphTokenAsync(tenantId, ct);
            if (cached.Token != rejectedToken)
            {
                return cached;
            }

            _credentials.TryRemove(new KeyValuePair<Guid, Lazy<Task<TokenCredential>>>(tenantId, pending));
        }

        return await GetGraphTokenAsync(tenantId, ct);
    }

    private async Task<TokenCredential> CreateCredentialAsync(Guid tenantId)
    {
        var entra = options.Value;
        var tenant = tenantId.ToString("D");
        var loader = new DefaultCredentialsLoader(loaderLogger);
        foreach (var description in entra.ClientCredentials.Where(c => !c.Skip))
        {
            switch (description.SourceType)
            {
                case CredentialSource.ClientSecret when !string.IsNullOrEmpty(description.ClientSecret):
                    return new ClientSecretCredential(tenant, entra.ClientId, description.ClientSecret,
                        new ClientSecretCredentialOptions { AuthorityHost = entra.InstanceUri });

                case CredentialSource.SignedAssertionFromManagedIdentity:
                    var managedIdentity = string.IsNullOrEmpty(description.ManagedIdentityClientId)
                        ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                        : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(description.ManagedIdentityClientId));
                    var exchangeScope = description.TokenExchangeUrl ?? "api://AzureADTokenExchange/.default";
                    return new ClientAssertionCredential(tenant, entra.ClientId,
                        async ct => (await managedIdentity.GetTokenAsync(new TokenRequestContext([exchangeScope]), ct)).Token,
                        new ClientAssertionCredentialOptions { AuthorityHost = entra.InstanceUri });

                case CredentialSource.Certificate or CredentialSource.KeyVault or CredentialSource.Path
                    or CredentialSource.StoreWithThumbprint or CredentialSource.StoreWithDistinguishedName
                    or CredentialSource.StoreWithSubjectName or CredentialSource.Base64Encoded:
                    await loader.LoadCredentialsIfNeededAsync(description, null);
                    if (description.Certificate is { } certificate)
                    {
                        return new ClientCertificateCredential(tenant, entra.ClientId, certificate,
                            new ClientCertificateCredentialOptions { AuthorityHost = entra.InstanceUri, SendCertificateChain = entra.SendX5C });
                    }

                    break;
            }
        }

        throw new AppTokenUnavailableException(
            "No usable client credential is configured (AzureAd:ClientCredentials): add a certificate, "
            + "a managed identity federated credential, or a client secret.");
    }
}

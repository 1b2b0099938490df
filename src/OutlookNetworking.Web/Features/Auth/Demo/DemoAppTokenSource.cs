using Azure.Core;
using OutlookNetworking.Web.Features.Auth.AppTokens;

namespace OutlookNetworking.Web.Features.Auth.Demo;

/// <summary>Demo mode's <see cref="IAppTokenSource"/>: app-only tokens minted by the local issuer.</summary>
internal sealed class DemoAppTokenSource(DemoTokenIssuer issuer) : IAppTokenSource
{
    public Task<AccessToken> GetGraphTokenAsync(Guid tenantId, CancellationToken ct)
    {
        var token = issuer.CreateGraphAppToken(tenantId);
        return Task.FromResult(new AccessToken(token.AccessToken, token.ExpiresOn));
    }
}

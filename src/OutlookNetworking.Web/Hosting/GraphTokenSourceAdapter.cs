using OutlookNetworking.Graph.Client;
using OutlookNetworking.Web.Features.Auth.AppTokens;

namespace OutlookNetworking.Web.Hosting;

/// <summary>Gives Graph sync the app-only tokens of the configured token source (Entra ID, or the demo issuer).</summary>
internal sealed class GraphTokenSourceAdapter(IAppTokenSource tokens) : IGraphAccessTokenSource
{
    public async Task<string> GetTokenAsync(Guid tenantId, CancellationToken cancellationToken) =>
        (await tokens.GetGraphTokenAsync(tenantId, cancellationToken)).Token;
}

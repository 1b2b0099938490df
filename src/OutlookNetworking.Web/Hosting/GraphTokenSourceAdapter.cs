using OutlookNetworking.Graph.Client;
using OutlookNetworking.Web.Features.Auth.AppTokens;

namespace OutlookNetworking.Web.Hosting;

/// <summary>Gives Graph sync the app-only tokens of the configured token source (Entra ID, or the demo issuer).</summary>
internal sealed class GraphTokenSourceAdapter(IAppTokenSource tokens) : IGraphAccessTokenSource
{
    public async Task<string> GetTokenAsync(Guid tenantId, CancellationToken cancellationToken) =>
        (await tokens.GetGraphTokenAsync(tenantId, cancellationToken)).Token;

    /// <summary>The current token, unless it is the rejected one: then a new one (<see cref="IAppTokenSource.RenewGraphTokenAsync"/>).
    /// Many requests refused at once renew once: the first renewal changes the current token for the others.</summary>
    public async Task<string> RenewTokenAsync(Guid tenantId, string rejectedToken, CancellationToken cancellationToken)
    {
        var current = (await tokens.GetGraphTokenAsync(tenantId, cancellationToken)).Token;
        return current != rejectedToken ? current : (await tokens.RenewGraphTokenAsync(tenantId, rejectedToken, cancellationToken)).Token;
    }
}

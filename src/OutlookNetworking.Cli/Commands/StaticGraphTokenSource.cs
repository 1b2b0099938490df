using OutlookNetworking.Graph.Client;

namespace OutlookNetworking.Cli.Commands;

/// <summary>The token <c>analyze</c> presents to the local Graph simulator (which accepts any bearer).</summary>
internal sealed class StaticGraphTokenSource : IGraphAccessTokenSource
{
    public Task<string> GetTokenAsync(Guid tenantId, CancellationToken cancellationToken) => Task.FromResult("analyze-local");
}

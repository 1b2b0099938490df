namespace OutlookNetworking.Graph.Client;

/// <summary>App-only access tokens for Microsoft Graph, per consented tenant.</summary>
public interface IGraphAccessTokenSource
{
    /// <summary>A bearer token for <c>https://graph.microsoft.com/.default</c> in <paramref name="tenantId"/>.</summary>
    Task<string> GetTokenAsync(Guid tenantId, CancellationToken cancellationToken);
}

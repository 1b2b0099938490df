namespace OutlookNetworking.Graph.Client;

/// <summary>App-only access tokens for Microsoft Graph, per consented tenant.</summary>
public interface IGraphAccessTokenSource
{
    /// <summary>A bearer token for <c>https://graph.microsoft.com/.default</c> in <paramref name="tenantId"/>.</summary>
    Task<string> GetTokenAsync(Guid tenantId, CancellationToken cancellationToken);

    /// <summary>A token other than <paramref name="rejectedToken"/>, which Graph refused (401, an expired token:
    /// graph-fidelity GF-17). By default the current token; sources that cache tokens fetch a new one when the cache still
    /// holds the rejected one.</summary>
    Task<string> RenewTokenAsync(Guid tenantId, string rejectedToken, CancellationToken cancellationToken) =>
        GetTokenAsync(tenantId, cancellationToken);
}

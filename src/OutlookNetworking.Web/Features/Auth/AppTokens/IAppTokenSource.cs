using Azure.Core;

namespace OutlookNetworking.Web.Features.Auth.AppTokens;

/// <summary>App-only (client credential) tokens for Microsoft Graph, per tenant: used to confirm admin consent
/// and for nightly work. Implementations cache tokens until shortly before they expire.</summary>
public interface IAppTokenSource
{
    /// <summary>A token for <c>https://graph.microsoft.com/.default</c> in <paramref name="tenantId"/>.</summary>
    /// <exception cref="AppTokenUnavailableException">No token could be acquired (consent missing or not yet
    /// propagated, bad credentials, Entra ID unreachable).</exception>
    Task<AccessToken> GetGraphTokenAsync(Guid tenantId, CancellationToken ct);

    /// <summary>A new token for <paramref name="tenantId"/>: Graph refused <paramref name="rejectedToken"/> as expired
    /// (graph-fidelity GF-17) while the cache still holds it. By default the current token (sources that mint a new token
    /// on every call need nothing more).</summary>
    /// <exception cref="AppTokenUnavailableException">No token could be acquired.</exception>
    Task<AccessToken> RenewGraphTokenAsync(Guid tenantId, string rejectedToken, CancellationToken ct) => GetGraphTokenAsync(tenantId, ct);
}

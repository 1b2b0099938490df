using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookNetworking.Graph.Client;

/// <summary>
/// Gives the Graph SDK the tenant's app-only token, for the configured Graph host only. (The SDK's
/// TokenCredential constructors attach tokens only to Microsoft's hosts; this provider allows the
/// host the options name, which is the simulator in demo mode and tests.)
/// </summary>
internal sealed class TenantAccessTokenProvider(Guid tenantId, IGraphAccessTokenSource source, string allowedHost)
    : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([allowedHost]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default) =>
        AllowedHostsValidator.IsUrlHostValid(uri)
            ? source.GetTokenAsync(tenantId, cancellationToken)
            : Task.FromResult(string.Empty);
}

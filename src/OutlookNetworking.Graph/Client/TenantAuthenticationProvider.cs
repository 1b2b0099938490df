using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookNetworking.Graph.Client;

/// <summary>
/// Puts the tenant's app-only token on each Graph request, for the configured Graph host only (the SDK's TokenCredential
/// constructors attach tokens only to Microsoft's hosts; this allows the host the options name, which is the simulator in
/// demo mode and tests), and marks the request with its tenant (<see cref="GraphTenantOption"/>) for
/// <see cref="TokenRenewalHandler"/>.
/// </summary>
internal sealed class TenantAuthenticationProvider(Guid tenantId, IGraphAccessTokenSource source, string allowedHost)
    : IAuthenticationProvider
{
    private readonly AllowedHostsValidator _hosts = new([allowedHost]);

    public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.AddRequestOptions([new GraphTenantOption(tenantId)]);
        if (!_hosts.IsUrlHostValid(request.URI))
        {
            return;
        }

        var token = await source.GetTokenAsync(tenantId, cancellationToken);
        request.Headers.Remove("Authorization");
        request.Headers.Add("Authorization", "Bearer " + token);
    }
}

using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookNetworking.GraphSimulator.Tests.Support;

/// <summary>A fixed token, allowed for the simulator's host (the SDK's TokenCredential path only trusts Graph's hosts).</summary>
internal sealed class StaticTokenProvider(string host) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult("sdk-test-token");
}

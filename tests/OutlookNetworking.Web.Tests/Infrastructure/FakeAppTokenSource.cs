using System.Collections.Concurrent;
using Azure.Core;
using OutlookNetworking.Web.Features.Auth.AppTokens;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>An <see cref="IAppTokenSource"/> that succeeds unless told to fail, and records the tenants asked for.</summary>
public sealed class FakeAppTokenSource : IAppTokenSource
{
    public bool Fail { get; set; }

    public ConcurrentQueue<Guid> Requests { get; } = new();

    public Task<AccessToken> GetGraphTokenAsync(Guid tenantId, CancellationToken ct)
    {
        Requests.Enqueue(tenantId);
        if (Fail)
        {
            throw new AppTokenUnavailableException("AADSTS7000229: The client application is missing service principal in the tenant.");
        }

        return Task.FromResult(new AccessToken("fake-app-token", new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }
}

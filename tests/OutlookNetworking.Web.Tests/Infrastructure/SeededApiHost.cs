using System.Net.Http.Headers;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Demo.Features.Auth;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>An <see cref="AuthTestHost"/> with <see cref="SeededData"/> written, serving HTTP only (no Hangfire server:
/// jobs the API queues stay queued, so nothing rewrites the seeded analyses behind a test's back).</summary>
public static class SeededApiHost
{
    /// <summary>The API's tests call it far faster than a person: the per-user rate limit is raised for them (the
    /// limiter has its own tests).</summary>
    public static readonly IReadOnlyDictionary<string, string> UnlimitedRate = new Dictionary<string, string>
    {
        ["RateLimits:BurstPerUser"] = "100000",
        ["RateLimits:PerSecondPerUser"] = "100000",
        ["RateLimits:BurstPerAnonymousClient"] = "100000",
    };

    public static async Task<AuthTestHost> StartAsync(StorageOptions? storage = null)
    {
        var host = new AuthTestHost(role: HostRole.Web, storage: storage, settings: UnlimitedRate);
        await host.StartAsync();
        await SeededData.SeedAsync(host.Services);
        return host;
    }

    /// <summary>A client that calls as <paramref name="user"/> of <paramref name="tenantId"/> (a valid token).</summary>
    public static HttpClient ClientFor(this AuthTestHost host, Guid tenantId, DemoUser user)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Valid(host, tenantId, user));
        return client;
    }

    public static HttpClient AvaClient(this AuthTestHost host) => host.ClientFor(TestIds.HomeTenant, TestIds.Ava);
}

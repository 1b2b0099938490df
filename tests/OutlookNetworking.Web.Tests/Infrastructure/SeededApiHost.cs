using System.Net.Http.Headers;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Demo.Features.Auth;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>The production host (<see cref="ProductionTestHost"/>, tokens from the test-only <see cref="TestIssuer"/>) with
/// <see cref="SeededData"/> written for two tenants, <see cref="TestIds.HomeTenant"/> and <see cref="TestIds.OtherConsentedTenant"/> consented, serving HTTP only (no Hangfire server:
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

    public static async Task<ProductionTestHost> StartAsync(StorageOptions? storage = null)
    {
        var host = new ProductionTestHost(role: HostRole.Web, storage: storage, settings: UnlimitedRate);
        await host.StartAsync();
        await host.Tenants.RecordAsync(TestIds.HomeTenant, host.Clock.GetUtcNow().AddDays(-30), CancellationToken.None);
        await SeededData.SeedAsync(host.Services);
        return host;
    }

    /// <summary>A client that calls as <paramref name="user"/> of <paramref name="tenantId"/> (a valid token).</summary>
    public static HttpClient ClientFor(this ITestTokenHost host, Guid tenantId, DemoUser user)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Valid(host, tenantId, user));
        return client;
    }

    public static HttpClient AvaClient(this ITestTokenHost host) => host.ClientFor(TestIds.HomeTenant, TestIds.Ava);
}

using System.Net;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Security;

/// <summary>Finding 3 of the security review (limits that do not hold): refused requests were never counted (the limiter ran
/// after authorisation), and only <c>/api</c> was limited. Here an anonymous client gets a burst of 5 and 1 a second back
/// (the limiter runs on the real clock: 20 requests in a row get at most a few tokens back while they run).</summary>
public sealed class AnonymousRateLimitTests : IAsyncLifetime
{
    private const int Burst = 5;
    private readonly AuthTestHost _host = new(settings: new Dictionary<string, string>
    {
        ["RateLimits:BurstPerAnonymousClient"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:PerSecondPerAnonymousClient"] = "1",
    });

    public async Task InitializeAsync() => await _host.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task UnauthorisedFlood_OnTheApi_CountedAndThrottled()
    {
        using var client = _host.CreateClient();

        var statuses = await GetManyAsync(client, "/api/me/export", Burst * 4);

        Assert.Equal(HttpStatusCode.Unauthorized, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Theory]
    [InlineData("/admin/consent/start")]
    [InlineData("/admin/consent/callback?state=x&admin_consent=True&tenant=55555555-eeee-4eee-8eee-555555555555")]
    [InlineData("/digest/links/not-a-link")]
    [InlineData("/api/config")]
    public async Task AnonymousSurface_ThrottledPerClient(string path)
    {
        using var client = _host.CreateClient();

        var statuses = await GetManyAsync(client, path, Burst * 4);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/taskpane/")]
    public async Task ProbesAndPaneFiles_NeverThrottled(string path)
    {
        using var client = _host.CreateClient();

        var statuses = await GetManyAsync(client, path, Burst * 4);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task SignedInUser_NotThrottledByTheAnonymousBucket()
    {
        using var client = _host.CreateClient();
        await GetManyAsync(client, "/admin/consent", Burst * 4);

        using var response = await HttpRequests.GetWithTokenAsync(client, "/api/auth/session", TestTokens.For(_host, TokenCase.Owner));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<List<HttpStatusCode>> GetManyAsync(HttpClient client, string path, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}

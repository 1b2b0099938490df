using System.Net;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>
/// graph-fidelity GF-16: Outlook's limits under the stricter reading (4 concurrent requests per app across mailboxes,
/// 10,000 per mailbox in 10 minutes), <c>$batch</c> running at most 4 of its steps at once and throttling them one by
/// one, 503 without Retry-After, and gateway 502/504 with an HTML body.
/// </summary>
public sealed class Gf16ThrottlingTests
{
    /// <summary>The fixture's three mailboxes: two people and a room.</summary>
    private static readonly string[] Mailboxes = [TestPaths.AvaId, TestPaths.BenId, "402c6850-12f0-5341-a574-fd5165f0429a"];

    private static Task<GraphSimulatorHost> StartAsync(TimeProvider? wallClock = null, int requestLimit = 10_000) =>
        GraphSimulatorHost.StartAsync(new SimulatorOptions
        {
            SnapshotPath = TestPaths.Contoso, WallClock = wallClock, MailboxRequestLimit = requestLimit,
        });

    [Fact]
    public async Task Gf16_FiveConcurrentRequestsToFiveMailboxes_TheFifthIsRefusedAcrossMailboxes()
    {
        await using var sim = await StartAsync();
        using var http = new GraphHttp(sim);
        sim.Control.SetFaults(new FaultOptions { LatencyRate = 1, LatencyMilliseconds = 1000, PathContains = "mailboxSettings" });
        // Two of them have no mailbox here (404 from the handler), but Outlook's limits are checked first.
        var users = Mailboxes.Append("dana.kim@contoso.example").Append("chen.wei@contoso.example").ToArray();

        var responses = await Task.WhenAll(users.Select(u => http.GetAsync($"/users/{u}/mailboxSettings")));

        var refused = Assert.Single(responses, r => r.Response.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal("ApplicationThrottled", refused.Body.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("1", refused.Response.Headers.GetValues("Retry-After").Single());
        var counters = sim.Control.Counters;
        Assert.Equal(5, counters.MaxConcurrentRequests);
        Assert.Equal(1, counters.AppConcurrencyRejections);
        Assert.All(counters.MaxConcurrencyByMailbox.Values, max => Assert.Equal(1, max));
    }

    [Fact]
    public async Task Gf16_MailboxRequestLimitReached_429WithRetryAfterUntilTheWindowMoves_OtherMailboxesServed()
    {
        var wall = new ManualWallClock(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        await using var sim = await StartAsync(wall, requestLimit: 3);
        using var http = new GraphHttp(sim);
        var url = $"/users/{TestPaths.AvaId}/mailboxSettings";

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add((await http.GetAsync(url)).Response.StatusCode);
            wall.Advance(TimeSpan.FromMinutes(1));
        }

        var (over, overBody) = await http.GetAsync(url);
        var (other, _) = await http.GetAsync($"/users/{TestPaths.BenId}/mailboxSettings");
        wall.Advance(TimeSpan.FromMinutes(7) + TimeSpan.FromSeconds(1)); // the first request leaves the 10-minute window
        var (later, _) = await http.GetAsync(url);

        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        Assert.Equal("ApplicationThrottled", overBody.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("420", over.Headers.GetValues("Retry-After").Single()); // 7 minutes until the first leaves the window
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(1, sim.Control.Counters.RateLimitRejections);
    }

    [Fact]
    public async Task Gf16_BatchOfTwentySteps_RunsAtMostFourAtOnceAndAllSucceed()
    {
        await using var sim = await StartAsync();
        using var http = new GraphHttp(sim);
        sim.Control.SetFaults(new FaultOptions { LatencyRate = 1, LatencyMilliseconds = 100, PathContains = "mailboxSettings" });
        var requests = Enumerable.Range(0, 20).Select(i => new { id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), method = "GET", url = $"/users/{Mailboxes[i % Mailboxes.Length]}/mailboxSettings" });

        var (response, body) = await http.PostAsync("/$batch", JsonSerializer.Serialize(new { requests }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(body.GetProperty("responses").EnumerateArray(), r => Assert.Equal(200, r.GetProperty("status").GetInt32()));
        var counters = sim.Control.Counters;
        Assert.Equal(4, counters.MaxConcurrentRequests);
        Assert.Equal(0, counters.AppConcurrencyRejections + counters.ConcurrencyRejections);
        Assert.Equal(20, sim.Control.RequestLog.Count(e => e.IsBatchItem));
    }

    [Fact]
    public async Task Gf16_BatchBesideRequestsInFlight_StepsThrottledOneByOneWhileOthersSucceed()
    {
        await using var sim = await StartAsync();
        using var http = new GraphHttp(sim);
        // Every mailbox request is slow, so whoever holds an app slot holds it for a while.
        // Long enough that a loaded machine still sends the batch while both hold their slot.
        sim.Control.SetFaults(new FaultOptions { LatencyRate = 1, LatencyMilliseconds = 6000, PathContains = "/users/" });
        var busy = Enumerable.Range(0, 2).Select(i => http.GetAsync($"/users/{Mailboxes[i]}/mailboxSettings")).ToList();
        await WaitUntilAsync(() => sim.Control.Counters.MaxConcurrentRequests >= 2); // both hold an app slot
        var requests = Enumerable.Range(0, 4).Select(i => new { id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), method = "GET", url = $"/users/{Mailboxes[i % 3]}/mailboxSettings" });

        var (_, body) = await http.PostAsync("/$batch", JsonSerializer.Serialize(new { requests }));
        await Task.WhenAll(busy);

        var steps = body.GetProperty("responses").EnumerateArray().ToList();
        var throttled = steps.Where(r => r.GetProperty("status").GetInt32() == 429).ToList();
        Assert.Equal(2, throttled.Count);
        Assert.Equal(2, steps.Count(r => r.GetProperty("status").GetInt32() == 200));
        Assert.All(throttled, r => Assert.Equal("1", r.GetProperty("headers").GetProperty("Retry-After").GetString()));
        Assert.Equal(2, sim.Control.Counters.AppConcurrencyRejections);
    }

    [Fact]
    public async Task Gf16_ServiceUnavailableWithoutRetryAfter_JsonErrorAndNoHeader()
    {
        await using var sim = await StartAsync();
        using var http = new GraphHttp(sim);
        sim.Control.AddFaultRule(new FaultRule { Kind = FaultKind.ServiceUnavailableWithoutRetryAfter, PathContains = "/mailboxSettings" });

        var (response, body) = await http.GetAsync($"/users/{TestPaths.AvaId}/mailboxSettings");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False(response.Headers.Contains("Retry-After"));
        Assert.Equal("serviceNotAvailable", body.GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(FaultKind.BadGatewayHtml, HttpStatusCode.BadGateway)]
    [InlineData(FaultKind.GatewayTimeoutHtml, HttpStatusCode.GatewayTimeout)]
    public async Task Gf16_GatewayFailure_HtmlBodyInsteadOfJsonAndNoRetryAfter(FaultKind kind, HttpStatusCode status)
    {
        await using var sim = await StartAsync();
        using var http = new GraphHttp(sim);
        sim.Control.AddFaultRule(new FaultRule { Kind = kind, PathContains = "/mailboxSettings" });

        var response = await http.Client.GetAsync(http.Url($"/users/{TestPaths.AvaId}/mailboxSettings"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html", text, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Gf16_GatewayFaultRates_NeverHitABatchStep()
    {
        await using var sim = await StartAsync();
        using var http = new GraphHttp(sim);
        sim.Control.SetFaults(new FaultOptions { BadGatewayHtmlRate = 0.5, GatewayTimeoutHtmlRate = 0.5, PathContains = "/users/" });
        var requests = Enumerable.Range(0, 4).Select(i => new { id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), method = "GET", url = $"/users/{Mailboxes[i % 3]}/mailboxSettings" });

        var (_, body) = await http.PostAsync("/$batch", JsonSerializer.Serialize(new { requests }));

        Assert.All(body.GetProperty("responses").EnumerateArray(), r => Assert.Equal(200, r.GetProperty("status").GetInt32()));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within 30 s");
            await Task.Delay(20);
        }
    }
}

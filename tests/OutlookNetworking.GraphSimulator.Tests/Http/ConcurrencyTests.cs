using System.Net;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task FiveConcurrentRequestsToOneMailbox_AppAllowedMore_OneIsRefusedWithMailboxConcurrency()
    {
        await using var sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = TestPaths.Contoso, AppConcurrencyLimit = 8 });
        using var http = new GraphHttp(sim);
        // Each admitted request holds its slot for a second, so the five overlap.
        sim.Control.SetFaults(new FaultOptions { LatencyRate = 1, LatencyMilliseconds = 1000, PathContains = "mailboxSettings" });

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => http.GetAsync($"/users/{TestPaths.AvaId}/mailboxSettings")));

        var refused = Assert.Single(responses, r => r.Response.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal("ApplicationThrottled", refused.Body.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("MailboxConcurrency", refused.Body.GetProperty("error").GetProperty("message").GetString());
        Assert.True(refused.Response.Headers.Contains("Retry-After"));
        Assert.Equal(4, responses.Count(r => r.Response.StatusCode == HttpStatusCode.OK));
        var counters = sim.Control.Counters;
        Assert.Equal(5, counters.MaxConcurrencyByMailbox[TestPaths.AvaId]);
        Assert.Equal(1, counters.ConcurrencyRejections);
    }

    [Fact]
    public async Task FourConcurrentRequestsToOneMailbox_AreAllServed()
    {
        await using var sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = TestPaths.Contoso });
        using var http = new GraphHttp(sim);
        sim.Control.SetFaults(new FaultOptions { LatencyRate = 1, LatencyMilliseconds = 300, PathContains = "mailboxSettings" });

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => http.GetAsync($"/users/{TestPaths.AvaId}/mailboxSettings")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Response.StatusCode));
        Assert.Equal(0, sim.Control.Counters.ConcurrencyRejections);
    }
}

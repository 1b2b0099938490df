using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutlookNetworking.Demo.Features.DemoNight;
using OutlookNetworking.Graph;
using OutlookNetworking.Web.Tests.Digest;

namespace OutlookNetworking.Web.Tests.Demo;

/// <summary><c>POST /demo/night</c> answers within a bounded time with what failed: a mailbox the simulator refuses is
/// named with its reason code, and a night that outlasts <c>?timeoutSeconds</c> answers 504 with <c>timedOut</c>.</summary>
public sealed class DemoNightAnswerTests
{
    /// <summary>Ben's user id in the contoso-stories tenant (every Graph path of his mailbox carries it).</summary>
    private const string BenId = "849709ec-91d8-560b-8328-33c91775d857";

    [Fact]
    public async Task Night_SimulatorDropsOneMailbox_TheAnswerNamesItWithItsReason()
    {
        await using var digestHost = new DigestTestHost();
        await using var host = digestHost.WithWebHostBuilder(builder =>
        {
            // One attempt, no back-off: the refused mailbox fails at once (its Hangfire retry is reported, not waited for).
            builder.UseSetting("Graph:MaxPageAttempts", "1");
            builder.UseSetting("Graph:SdkRetryDelaySeconds", "0");
            builder.UseSetting("Graph:RetryBaseDelay", "00:00:00.010");
        });
        using var client = host.CreateClient();
        await AddFaultAsync(host.Services, new { kind = "DropConnection", count = 100000, pathContains = BenId });

        using var response = await client.PostAsync(new Uri("/demo/night?timeoutSeconds=300", UriKind.Relative), null);
        var night = await response.Content.ReadFromJsonAsync<DemoNightSummary>(JsonSerializerOptions.Web);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(night!.TimedOut);
        var failed = Assert.Single(night.FailedMailboxes);
        Assert.Equal("ben.okafor@contoso.example", failed.UserPrincipalName);
        Assert.Equal("httpRequestException", failed.Reason); // the connection dropped: Graph could not be reached
        Assert.Equal(1, night.Failed);
        Assert.Equal(night.Mailboxes - 1, night.Analysed);
    }

    [Fact]
    public async Task Night_OutlastsItsTimeout_504TimedOutWithTheMailboxesNotFinished()
    {
        await using var host = new DigestTestHost();
        using var client = host.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(90); // a generous ceiling: the answer is due after 5 s (the smallest timeout)
        // Every Graph answer held for 30 s: the night cannot finish within the timeout.
        await AddFaultAsync(host.Services, new { kind = "Latency", count = 100000, latencyMilliseconds = 30000 });

        using var response = await client.PostAsync(new Uri("/demo/night?timeoutSeconds=1", UriKind.Relative), null);
        var night = await response.Content.ReadFromJsonAsync<DemoNightSummary>(JsonSerializerOptions.Web);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.True(night!.TimedOut);
        Assert.Equal(0, night.Analysed);
        Assert.Equal(night.Mailboxes, night.FailedMailboxes.Count);
        Assert.All(night.FailedMailboxes, m => Assert.Equal(DemoFailedMailbox.NotFinished, m.Reason));
    }

    /// <summary>Adds a fault rule to the demo's in-process simulator through its control API.</summary>
    private static async Task AddFaultAsync(IServiceProvider services, object rule)
    {
        var graph = new Uri(services.GetRequiredService<IOptions<GraphOptions>>().Value.BaseUrl);
        using var simulator = new HttpClient { BaseAddress = new Uri(graph.GetLeftPart(UriPartial.Authority)) };
        using var response = await simulator.PostAsJsonAsync(new Uri("/_simulator/faults/rules", UriKind.Relative), rule);
        response.EnsureSuccessStatusCode();
    }
}

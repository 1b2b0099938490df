using OpenTelemetry;
using OpenTelemetry.Metrics;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.Graph.Diagnostics;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.Web.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.Pipeline;

namespace OutlookNetworking.Web.Tests.Sync;

/// <summary>Graph's 429s and the SDK's retries on the meter <c>OutlookNetworking</c>, through OpenTelemetry's in-memory
/// exporter. The counters are process-wide (every Graph client of this test process adds to them), so they are checked
/// as at least what this test caused; the simulator's request log shows this test's two 429s.</summary>
public sealed class GraphMetricsTests
{
    [Fact]
    public async Task Request_ThrottledTwiceThenServed_TwoThrottledAndTwoRetriesCounted()
    {
        var metrics = new List<MetricSnapshot>();
        using var meterProvider = Sdk.CreateMeterProviderBuilder().AddMeter(GraphMetrics.MeterName).AddInMemoryExporter(metrics).Build();
        await using var harness = await PipelineHarness.StartAsync(StorageProvider.Sqlite, GeneratedTenants.Small);
        var client = harness.Get<GraphClientProvider>().For(harness.TenantId);
        var someone = (await harness.MailboxesAsync())[0].UserId.ToString();
        harness.Simulator.Control.AddFaultRule(new FaultRule
        {
            Kind = FaultKind.Throttle, Count = 2, PathContains = "/users/" + someone, Method = "GET", RetryAfterSeconds = 0,
        });

        var user = await client.Users[someone].GetAsync();

        Assert.Equal(someone, user?.Id);
        Assert.True(meterProvider.ForceFlush());
        Assert.True(Sum(metrics, "outlooknetworking.graph.throttled") >= 2);
        Assert.True(Sum(metrics, "outlooknetworking.graph.retries") >= 2);
        Assert.Equal(2, harness.Simulator.Control.RequestLog.Count(r => r.Status == 429 && r.PathAndQuery.Contains(someone, StringComparison.Ordinal)));
    }

    private static long Sum(List<MetricSnapshot> metrics, string name) =>
        metrics.LastOrDefault(m => m.Name == name) is { } metric ? metric.MetricPoints.Sum(p => p.GetSumLong()) : 0;
}

using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Hosting.Operations;

namespace OutlookNetworking.Web.Tests.Jobs;

/// <summary>
/// A night and its morning against the simulator, exported to OpenTelemetry's in-memory exporter: the meter
/// <c>OutlookNetworking</c> counts what happened (nights, mailboxes synced and none failed, digests sent, analysis and
/// sync durations) and the activity source traces the night and each mailbox job. Graph's 429s and
/// retries: <see cref="Sync.GraphMetricsTests"/>.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class NightTelemetryTests
{
    [Fact]
    public async Task NightAndMorning_InMemoryExporter_InstrumentsExistAndCount()
    {
        var metrics = new List<MetricSnapshot>();
        var activities = new List<Activity>();
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones, configure: s => s.AddOpenTelemetry()
            .WithMetrics(m => m.AddMeter(NightTelemetry.Name).AddInMemoryExporter(metrics))
            .WithTracing(t => t.AddSource(NightTelemetry.Name).AddInMemoryExporter(activities)));
        var meterProvider = harness.Get<MeterProvider>();
        _ = harness.Get<TracerProvider>();
        var start = harness.Clock.GetUtcNow();

        await harness.Get<TenantNightJob>().RunAsync(harness.TenantId, "tenant", CancellationToken.None);
        var mailboxes = harness.Jobs.Enqueued.Count; // one mailbox job each
        await harness.DrainAsync();
        await harness.RunMorningsAsync(start.AddHours(30));
        Assert.True(meterProvider.ForceFlush());

        Assert.True(mailboxes > 1);
        Assert.Equal(1, Sum(metrics, "outlooknetworking.nights"));
        Assert.Equal(mailboxes, Sum(metrics, "outlooknetworking.mailboxes.synced"));
        Assert.Equal(0, Sum(metrics, "outlooknetworking.mailboxes.failed"));
        Assert.Equal(mailboxes, HistogramCount(metrics, "outlooknetworking.mailbox.sync.duration"));
        Assert.Equal(mailboxes, HistogramCount(metrics, "outlooknetworking.analysis.duration"));
        Assert.True(harness.Outbox.Count > 0);
        Assert.Equal(harness.Outbox.Count, Sum(metrics, "outlooknetworking.digests.sent"));

        var tenant = harness.TenantId.ToString();
        var mine = activities.Where(a => Equals(a.GetTagItem("outlooknetworking.tenant.id")?.ToString(), tenant)).ToList();
        Assert.Single(mine, a => a.OperationName == "night");
        Assert.Equal(mailboxes, mine.Count(a => a.OperationName == "mailbox"));
        Assert.All(mine, a => Assert.NotEqual(ActivityStatusCode.Error, a.Status));
        Assert.True(mine.Count(a => a.OperationName == "digest") >= harness.Outbox.Count); // one per digest job, sent or not
    }

    /// <summary>The latest cumulative sum of a counter over all its points (0 when never exported).</summary>
    private static long Sum(List<MetricSnapshot> metrics, string name) =>
        metrics.LastOrDefault(m => m.Name == name) is { } metric ? metric.MetricPoints.Sum(p => p.GetSumLong()) : 0;

    private static long HistogramCount(List<MetricSnapshot> metrics, string name) =>
        metrics.LastOrDefault(m => m.Name == name) is { } metric ? metric.MetricPoints.Sum(p => p.GetHistogramCount()) : 0;
}

/// <summary>
/// The exporter listens to every meter named <c>OutlookNetworking</c> in the test process, so exact counts hold only
/// while no other test runs a night: this collection runs alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry: exact counts over the process-wide meter";
}

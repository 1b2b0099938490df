using System.Diagnostics;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Hosting.Operations;

namespace OutlookNetworking.Web.Tests.Jobs;

/// <summary>
/// A night and its morning against the simulator, exported to OpenTelemetry's in-memory exporter: the meter
/// <c>OutlookNetworking</c> counts what happened (nights, mailboxes synced and failed, digests sent and failed, analysis
/// and sync durations) and the activity source traces the night and each mailbox job. Graph's 429s and
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

    [Fact]
    public async Task NightWithAFailingMailboxAndARefusedDigest_InMemoryExporter_CountsBothFailures()
    {
        var metrics = new List<MetricSnapshot>();
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones, configure: s => s.AddOpenTelemetry()
            .WithMetrics(m => m.AddMeter(NightTelemetry.Name).AddInMemoryExporter(metrics)));
        var meterProvider = harness.Get<MeterProvider>();
        var failures = new List<(Job Job, Exception Error)>();

        await harness.Get<TenantNightJob>().RunAsync(harness.TenantId, "tenant", CancellationToken.None);
        var mailboxJobs = harness.Jobs.Enqueued.Where(j => j.Job.Type == typeof(MailboxNightJob)).Select(j => j.Job).ToList();
        var failing = mailboxJobs[0].Args[1].ToString()!;
        // Every Graph request for that one mailbox answers 504 (batch steps included), more times than its job retries.
        harness.Simulator.Control.AddFaultRule(new FaultRule { Kind = FaultKind.GatewayTimeout, PathContains = failing, Count = 10_000 });
        // The job's back-off between attempts waits on the app's clock (a FakeTimeProvider): it moves on while the jobs run,
        // or the failing mailbox's retries would wait for ever.
        using (var ticking = new CancellationTokenSource())
        {
            var ticker = Task.Run(async () =>
            {
                while (!ticking.IsCancellationRequested)
                {
                    harness.Clock.Advance(TimeSpan.FromSeconds(1));
                    await Task.Delay(5, CancellationToken.None);
                }
            });
            try
            {
                await harness.DrainAsync(failures).WaitAsync(TimeSpan.FromMinutes(3));
            }
            finally
            {
                await ticking.CancelAsync();
                await ticker;
            }
        }

        harness.Simulator.Control.ClearFaults();
        harness.Simulator.Control.SetClock(harness.Clock.GetUtcNow());
        // The first digest of the morning: Graph refuses the send (403), a send that certainly did not go out.
        harness.Simulator.Control.AddFaultRule(new FaultRule { Kind = FaultKind.Forbidden, PathContains = "/sendMail", Count = 1 });
        await harness.RunMorningsAsync(harness.Clock.GetUtcNow().AddHours(30), failures: failures).WaitAsync(TimeSpan.FromMinutes(3));
        Assert.True(meterProvider.ForceFlush());

        var failedMailboxes = failures.Where(f => f.Job.Type == typeof(MailboxNightJob)).ToList();
        var failedDigests = failures.Where(f => f.Job.Type == typeof(DigestJob)).ToList();
        Assert.Equal([failing], failedMailboxes.Select(f => f.Job.Args[1].ToString()));
        Assert.Single(failedDigests);
        Assert.Equal(failures.Count, failedMailboxes.Count + failedDigests.Count);
        Assert.Equal(1, Sum(metrics, "outlooknetworking.mailboxes.failed"));
        Assert.Equal(mailboxJobs.Count - 1, Sum(metrics, "outlooknetworking.mailboxes.synced"));
        Assert.Equal(1, Sum(metrics, "outlooknetworking.digests.failed"));
        Assert.True(harness.Outbox.Count > 0); // the other digests went out
        Assert.Equal(harness.Outbox.Count, Sum(metrics, "outlooknetworking.digests.sent"));
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

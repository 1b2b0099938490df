using System.Diagnostics;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// The ingest pair once more, with every request to the simulator answered <see cref="LatencyMilliseconds"/> late:
/// the latency per delta request that docs/performance.md assumes for Graph (a figure to measure on a real tenant; the
/// in-process simulator answers a 500-message page in a few milliseconds). Reported beside the ingest goal, not a goal
/// of its own: it shows how much of a heavy mailbox's first sync the product's own work is when Graph takes its time.
/// Runs after the timed pairs, so both sides run compiled code; its own simulator and store, so the kept store's delta
/// links are left alone (GF-9).
/// </summary>
internal static class IngestAtLatency
{
    public const int LatencyMilliseconds = 200;

    public static async Task RunAsync(BenchSettings settings, string tenantPath, TenantFacts tenant, Guid user, Figures figures)
    {
        var late = new FaultOptions { LatencyRate = 1, LatencyMilliseconds = LatencyMilliseconds };
        await using var simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = tenantPath, Faults = late });
        using var http = new HttpClient();
        await using var host = await PipelineHost.StartAsync(simulator.BaseUrl, tenant, settings.Path("ingest", "latency.db"));
        simulator.Control.ClearRequestLog();
        var clock = Stopwatch.StartNew();
        var report = await host.SyncAsync(user);
        var oursMs = clock.Elapsed.TotalMilliseconds;
        // The store is not kept, so the raw read may follow the sync and start its rounds from the sync's own log.
        var fetch = await new RawDeltaFetcher(http, simulator.BaseUrl).FetchAsync(RawDeltaFetcher.DeltaStreams(simulator.Control.RequestLog), parse: true);
        var rawMs = fetch.Elapsed.TotalMilliseconds;
        Console.Error.WriteLine($"[bench] ingest at {LatencyMilliseconds} ms a request: ours {oursMs:0} ms ({report.Upserted} items, " +
                                $"{report.Requests} requests), raw {rawMs:0} ms ({fetch.Items} items, {fetch.Pages} pages)");
        figures.Add(new Figure($"ingest: the same sync, every request {LatencyMilliseconds} ms late (one pair)", "ingestAtLatencyMs", oursMs, "ms",
            "ingestAtLatencyRawMs", rawMs, "ingestAtLatencyRatio", oursMs / rawMs, "report"));
    }
}

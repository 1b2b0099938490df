using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Graph;
using OutlookNetworking.Graph.Mapping;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// Ingest: a full sync of the 40,000-message mailbox from the simulator over HTTP into SQLite (ours) against the raw
/// baseline (the same pages with HttpClient and System.Text.Json into nothing), alternated, after a warm-up pair;
/// the requests of the first sync and of a no-change sync against the minimum; a profile of where the time goes; and one
/// more pair with every request answered late, as Graph answers (<see cref="IngestAtLatency"/>).
/// Leaves the synced store to the analysis stage.
/// </summary>
internal static class IngestStage
{
    public static async Task<IngestOutcome> RunAsync(BenchSettings settings, Figures figures)
    {
        var tenantPath = BenchTenants.Heavy(settings, BenchSettings.IngestMessages);
        var tenant = TenantFacts.Read(tenantPath);
        var heavy = tenant.HeavyUserId ?? throw new InvalidOperationException("The tenant has no heavy mailbox.");
        var simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = tenantPath });
        using var http = new HttpClient();
        var raw = new RawDeltaFetcher(http, simulator.BaseUrl);

        var ours = new List<double>();
        var baseline = new List<double>();
        PipelineHost? kept = null;
        IReadOnlyList<RequestLogEntry> firstLog = [];
        var upserted = 0;
        IReadOnlyList<IReadOnlyList<RequestLogEntry>> streams = [];
        RawFetch? lastFetch = null;
        var oursCpu = new List<double>();
        var baselineCpu = new List<double>();
        for (var run = 0; run <= settings.IngestRuns; run++)
        {
            // The baseline reads each stream's round before the sync does (the warm-up's rounds tell which): a round read
            // after it would write newer sync-state generations and age out the delta links the kept store holds (GF-9).
            var cpu = ProcessCpu();
            var before = run == 0 ? null : await raw.FetchAsync(streams, parse: true);
            var rawCpuMs = ProcessCpu() - cpu;
            var host = await PipelineHost.StartAsync(simulator.BaseUrl, tenant, settings.Path("ingest", $"run{run}.db"));
            simulator.Control.ClearRequestLog();
            cpu = ProcessCpu();
            var clock = Stopwatch.StartNew();
            var report = await host.SyncAsync(heavy);
            var oursElapsed = clock.Elapsed;
            var oursCpuMs = ProcessCpu() - cpu;
            var log = simulator.Control.RequestLog;
            if (run == 0)
            {
                streams = RawDeltaFetcher.DeltaStreams(log);
            }

            var fetch = before ?? await raw.FetchAsync(streams, parse: true);
            lastFetch = fetch;
            Console.Error.WriteLine($"[bench] ingest run {run}{(run == 0 ? " (warm-up)" : "")}: ours {oursElapsed.TotalMilliseconds:0} ms " +
                                    $"({report.Upserted} items, {report.Requests} requests), raw {fetch.Elapsed.TotalMilliseconds:0} ms ({fetch.Items} items)");
            if (run == 0)
            {
                await host.DisposeAsync();
                continue;
            }

            ours.Add(oursElapsed.TotalMilliseconds);
            baseline.Add(fetch.Elapsed.TotalMilliseconds);
            oursCpu.Add(oursCpuMs);
            baselineCpu.Add(rawCpuMs);
            // Keep the last run's store: nothing has read its streams since, so its delta links are still held.
            if (kept is not null)
            {
                await kept.DisposeAsync();
            }

            (kept, firstLog, upserted) = (host, log, report.Upserted);
        }

        var oursMs = Stats.Median(ours);
        var rawMs = Stats.Median(baseline);
        var ratio = oursMs / rawMs;
        figures.Add(new Figure("ingest: full sync 40k msgs into SQLite (median)", "ingestMs", oursMs, "ms",
            "ingestRawMs", rawMs, "ingestRatio", ratio, "ratio <= 1.8", ratio <= 1.8));
        // Both sides share two cores with the in-process simulator: when the raw read alone keeps them nearly busy, the
        // sync's own work (mapping, SQLite) can only add to the wall time, whatever it overlaps.
        var (oursCpuMedian, rawCpuMedian) = (Stats.Median(oursCpu), Stats.Median(baselineCpu));
        figures.Add(new Figure("ingest: process CPU during it, simulator included (median)", "ingestCpuMs", oursCpuMedian, "ms",
            "ingestRawCpuMs", rawCpuMedian, "ingestCpuRatio", oursCpuMedian / rawCpuMedian, "report"));
        var perSecond = upserted / (oursMs / 1000);
        figures.Add(new Figure("ingest: messages per second", "ingestMsgPerSec", perSecond, "msg/s",
            Goal: ">= 20,000 msg/s", Met: perSecond >= 20_000));
        figures.Put("ingestMessages", upserted);

        await RequestsAsync(kept!, heavy, firstLog, lastFetch!.Pages, simulator, figures);
        await ProfileAsync(settings, raw, simulator.BaseUrl, firstLog, tenant, heavy, figures);
        await IngestAtLatency.RunAsync(settings, tenantPath, tenant, heavy, figures);
        return new IngestOutcome(simulator, kept!, heavy);
    }

    /// <summary>CPU time this process has used so far, in milliseconds (every thread, the simulator's included).</summary>
    private static double ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    /// <summary>Requests of the first and of a no-change sync (as the simulator saw them) against the minimum: the
    /// folder tree's listings plus the pages Graph serves for one round of each stream (<paramref name="roundPages"/>: what the
    /// raw baseline read, empty and short pages included, graph-fidelity GF-10); a no-change sync's minimum is one
    /// request per stream.</summary>
    private static async Task RequestsAsync(PipelineHost host, Guid user, IReadOnlyList<RequestLogEntry> firstLog, int roundPages,
        GraphSimulatorHost simulator, Figures figures)
    {
        var pageSize = host.Get<IOptions<GraphOptions>>().Value.PageSize;
        await using var db = host.Get<IAppDbContextFactory>().CreateDbContext();
        var streams = await db.SyncCursors.CountAsync(c => c.TenantId == host.Tenant.TenantId && c.UserId == user);
        var folders = streams - 1;
        // Walking the folder tree: the top-level listing, and one listing of each folder that has children (the Inbox
        // holds a search folder, GF-7).
        var childListings = firstLog.Count(e => !e.IsBatchItem && e.PathAndQuery.Contains("/childFolders", StringComparison.OrdinalIgnoreCase));
        var minimumInitial = 1 + childListings + roundPages;
        var initial = firstLog.Count(e => !e.IsBatchItem);

        simulator.Control.ClearRequestLog();
        await host.SyncAsync(user);
        var noChange = simulator.Control.RequestLog.Count(e => !e.IsBatchItem);

        figures.Add(new Figure($"requests: initial sync ({folders} folders + calendar)", "requestsInitial", initial, "req",
            "requestsInitialMin", minimumInitial, "requestsInitialOverMin", initial - minimumInitial,
            $"<= min + {folders} (1/folder)", initial <= minimumInitial + folders));
        figures.Add(new Figure("requests: no-change sync", "requestsNoChange", noChange, "req",
            "requestsNoChangeMin", streams, "requestsNoChangeOverMin", noChange - streams,
            $"<= min + {folders} (1/folder)", noChange <= streams + folders));
        figures.Put("requestsPageSize", pageSize);
    }

    /// <summary>Where the time of a sync goes, each part summed over the pages one after another: fetching the bytes,
    /// parsing them, parsing and mapping them as the sync does, and writing them to the store.</summary>
    private static async Task ProfileAsync(BenchSettings settings, RawDeltaFetcher raw, string graphBaseUrl, IReadOnlyList<RequestLogEntry> log,
        TenantFacts tenant, Guid user, Figures figures)
    {
        var streams = RawDeltaFetcher.DeltaStreams(log);
        var serverMs = log.Where(e => !e.IsBatchItem).Sum(e => e.ElapsedMilliseconds);
        var fetchOnly = await raw.FetchAsync(streams, parse: false);
        var pages = (await raw.FetchAsync(streams, parse: false, keepBodies: true)).Bodies;

        var clock = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            using var document = JsonDocument.Parse(page.Body);
        }

        var parseMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var mapped = new List<(RawPage Page, MappedPage<MessageMeta> Mapped)>();
        foreach (var page in pages.Where(p => !p.IsCalendar))
        {
            mapped.Add((page, await DeltaPageParser.ParseAsync(new MemoryStream(page.Body), item => MessageMapper.Map(item, FolderKind.Inbox),
                CancellationToken.None)));
        }

        var parseMapMs = clock.Elapsed.TotalMilliseconds;
        await using var store = await PipelineHost.StartAsync(graphBaseUrl, tenant, settings.Path("ingest", "profile.db"));
        var metadata = store.Get<MailboxMetadataStore>();
        var key = new MailboxKey(tenant.TenantId, user);
        if (await store.Get<MailboxStore>().FindAsync(key, CancellationToken.None) is null)
        {
            await using var db = store.Get<IAppDbContextFactory>().CreateDbContext();
            db.Mailboxes.Add(new MailboxEntity { TenantId = key.TenantId, UserId = key.UserId }); // page writes need their mailbox's row
            await db.SaveChangesAsync();
        }

        clock.Restart();
        foreach (var (page, result) in mapped)
        {
            await metadata.ApplyMessagePageAsync(key, page.FolderId, result.Upserts, result.RemovedIds, result.NextLink, result.DeltaLink,
                CancellationToken.None);
        }

        var storeMs = clock.Elapsed.TotalMilliseconds;
        figures.Add(new Figure("profile: simulator server time (sum over requests)", "profileServerMs", serverMs, "ms"));
        figures.Add(new Figure("profile: fetch bytes only (wall, 4 streams at once)", "profileFetchOnlyMs", fetchOnly.Elapsed.TotalMilliseconds, "ms"));
        figures.Add(new Figure("profile: JsonDocument parse (sum over pages)", "profileJsonParseMs", parseMs, "ms"));
        figures.Add(new Figure("profile: parse + map as the sync does (sum)", "profileParseMapMs", parseMapMs, "ms"));
        figures.Add(new Figure("profile: store writes into SQLite (sum)", "profileStoreMs", storeMs, "ms"));
    }
}

/// <summary>What the ingest stage leaves for the analysis stage: the simulator and the synced 40k store.</summary>
internal sealed record IngestOutcome(GraphSimulatorHost Simulator, PipelineHost Store, Guid HeavyUser) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}

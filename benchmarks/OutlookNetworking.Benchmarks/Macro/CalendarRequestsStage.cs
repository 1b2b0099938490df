using OutlookNetworking.Graph.Sync;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// The calendar's requests on the generated 40-user demo tenant (recurring series in Graph's shape, graph-fidelity
/// GF-1, GF-2, GF-4), every mailbox synced twice, as the simulator logged them:
/// <list type="bullet">
/// <item>first sync: the series masters the delta round did not carry are read with <c>$batch</c>; goal: at most one
/// call per 20 missing masters of a mailbox, one step per master (no step retried); and every request of the sync
/// against the minimum (the folder tree's listings, the delta pages Graph serves, one call per 20 missing masters), plus
/// the one <c>$batch</c> per mailbox that resolves the well-known folders' ids;</item>
/// <item>no-change sync: one delta request per folder and calendar, and apart from them one re-read per active series
/// (in <c>$batch</c> calls of 20).</item>
/// </list>
/// </summary>
internal static class CalendarRequestsStage
{
    public static async Task RunAsync(BenchSettings settings, Figures figures)
    {
        var tenantPath = BenchTenants.Demo(settings);
        var tenant = TenantFacts.Read(tenantPath);
        await using var simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = tenantPath });
        await using var host = await PipelineHost.StartAsync(simulator.BaseUrl, tenant, settings.Path("calendar", "store.db"));
        var users = simulator.Snapshot.Users.Where(u => u.UserPurpose is null or "user").Select(u => Guid.Parse(u.Id)).ToList();

        var first = new Totals();
        var second = new Totals();
        foreach (var user in users)
        {
            first.Add(await SyncAsync(host, simulator, user));
        }

        foreach (var user in users)
        {
            second.Add(await SyncAsync(host, simulator, user));
        }

        figures.Put("calendarMailboxes", users.Count);
        figures.Add(new Figure("calendar tenant: first sync, requests (masters via $batch)", "calendarFirstRequests", first.Requests, "req",
            "calendarFirstRequestsMin", first.MinimumRequests, "calendarFirstRequestsOverMin", first.Requests - first.MinimumRequests,
            $"<= min + {users.Count} (1 $batch/mailbox: well-known ids)", first.Requests <= first.MinimumRequests + users.Count));
        figures.Add(new Figure("calendar: first sync, masters read with $batch (missing masters)", "calendarFirstMasterReads", first.MasterReads, "steps",
            "calendarFirstMissingMasters", first.DistinctMasters, Goal: "= missing (no step retried)", Met: first.MasterReads == first.DistinctMasters));
        figures.Add(new Figure("calendar: first sync, $batch calls for masters", "calendarFirstMasterBatches", first.MasterBatches, "calls",
            "calendarFirstMasterBatchesAllowed", first.AllowedMasterBatches, Goal: "<= 1 per 20 missing per mailbox",
            Met: first.MasterBatches <= first.AllowedMasterBatches));
        figures.Add(new Figure("calendar: first sync, delta requests (all streams)", "calendarFirstDeltaRequests", first.DeltaRequests, "req",
            "calendarFirstStreams", first.Streams));
        figures.Add(new Figure("calendar: no-change sync, delta requests", "calendarNoChangeDeltaRequests", second.DeltaRequests, "req",
            "calendarNoChangeStreams", second.Streams, Goal: "= 1 per folder and calendar", Met: second.DeltaRequests == second.Streams));
        figures.Add(new Figure("calendar: no-change sync, series re-reads (apart)", "calendarNoChangeRereads", second.Rereads, "steps",
            "calendarNoChangeActiveSeries", second.DistinctRereads, Goal: "<= 1 per active series", Met: second.Rereads <= second.DistinctRereads));
        figures.Add(new Figure("calendar: no-change sync, $batch calls for re-reads", "calendarNoChangeRereadBatches", second.RereadBatches, "calls",
            "calendarNoChangeRereadBatchesAllowed", second.AllowedRereadBatches, Goal: "<= 1 per 20 active series per mailbox",
            Met: second.RereadBatches <= second.AllowedRereadBatches));
        figures.Put("calendarNoChangeMasterReads", second.MasterReads);
    }

    private static async Task<(SyncReport Report, IReadOnlyList<RequestLogEntry> Log)> SyncAsync(PipelineHost host, GraphSimulatorHost simulator, Guid user)
    {
        simulator.Control.ClearRequestLog();
        var report = await host.SyncAsync(user);
        return (report, simulator.Control.RequestLog);
    }

    private sealed class Totals
    {
        public int Streams { get; private set; }

        /// <summary>Requests Graph saw (a <c>$batch</c> counts once, a step sent again counts once more).</summary>
        public int Requests { get; private set; }

        /// <summary>What any client must ask for: the folder listing, a child listing per folder with children, each delta
        /// page Graph serves once, and one <c>$batch</c> per 20 missing masters.</summary>
        public int MinimumRequests { get; private set; }

        public int DeltaRequests { get; private set; }

        public int MasterBatches { get; private set; }

        public int MasterReads { get; private set; }

        public int DistinctMasters { get; private set; }

        public int AllowedMasterBatches { get; private set; }

        public int RereadBatches { get; private set; }

        public int Rereads { get; private set; }

        public int DistinctRereads { get; private set; }

        public int AllowedRereadBatches { get; private set; }

        public void Add((SyncReport Report, IReadOnlyList<RequestLogEntry> Log) sync)
        {
            var (report, log) = sync;
            var masters = Distinct(log, RequestKind.EventRead);
            var rereads = Distinct(log, RequestKind.SeriesReread);
            Streams += report.Streams;
            Requests += report.Requests;
            var listings = log.Count(e => !e.IsBatchItem && e.Kind == RequestKind.Other && e.PathAndQuery.Contains("/mailFolders", StringComparison.OrdinalIgnoreCase)
                && (e.PathAndQuery.Contains("/childFolders", StringComparison.OrdinalIgnoreCase) || e.PathAndQuery.Split('?')[0].EndsWith("/mailFolders", StringComparison.OrdinalIgnoreCase)));
            var pages = log.Where(e => e.Kind is RequestKind.MailDelta or RequestKind.CalendarDelta).Select(e => e.PathAndQuery).Distinct(StringComparer.Ordinal).Count();
            MinimumRequests += listings + pages + (masters + 19) / 20;
            DeltaRequests += log.Count(e => e.Kind is RequestKind.MailDelta or RequestKind.CalendarDelta);
            MasterBatches += report.MasterBatches;
            MasterReads += log.Count(e => e.Kind == RequestKind.EventRead);
            DistinctMasters += masters;
            AllowedMasterBatches += (masters + 19) / 20;
            RereadBatches += report.SeriesRereadBatches;
            Rereads += log.Count(e => e.Kind == RequestKind.SeriesReread);
            DistinctRereads += rereads;
            AllowedRereadBatches += (rereads + 19) / 20;
        }

        private static int Distinct(IReadOnlyList<RequestLogEntry> log, RequestKind kind) =>
            log.Where(e => e.Kind == kind).Select(e => e.PathAndQuery.Split('?')[0]).Distinct(StringComparer.Ordinal).Count();
    }
}

using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.Graph.Sync;
using OutlookNetworking.Web.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.Pipeline;

namespace OutlookNetworking.Web.Tests.Sync.Calendar;

/// <summary>
/// The product against a calendar in Graph's real shape (<see cref="SeriesTenant"/>), through the real Graph SDK and a
/// real store: one test per graph-fidelity entry GF-1 to GF-6, each name carrying its id.
/// </summary>
public abstract class CalendarFidelityTests(StorageProvider provider) : IDisposable
{
    private readonly SeriesTenant _tenant = new();

    public void Dispose() => _tenant.Dispose();

    [Fact]
    public async Task FirstSync_Gf01_SkeletonOccurrencesAreMeetingsWithTheirMastersParticipants()
    {
        await using var harness = await StartAsync();
        await SyncAsync(harness);

        var meetings = await MeetingsAsync(harness);
        var weekly = SeriesTenant.Tuesdays.Where(d => d != new DateTime(2025, 6, 3)).Select(SeriesTenant.WeeklyId).ToList();
        Assert.All(weekly, id => Assert.Equal(SeriesTenant.Olga, meetings[id].Organizer?.Address));
        Assert.All(weekly, id => Assert.Equal([SeriesTenant.Tess, SeriesTenant.Olga], meetings[id].Attendees.Select(a => a.Who.Address)));
        Assert.All(weekly, id => Assert.Equal(ResponseKind.Accepted, meetings[id].MyResponse));
        Assert.Equal(new DateTimeOffset(2025, 6, 24, 10, 0, 0, TimeSpan.Zero), meetings[SeriesTenant.WeeklyId(new DateTime(2025, 6, 24))].Start);
        Assert.Equal(SeriesTenant.Olga, meetings[SeriesTenant.MovedId].Organizer?.Address);
        Assert.All(SeriesTenant.FortnightDays, d => Assert.Equal(SeriesTenant.Bruno, meetings[SeriesTenant.FortnightId(d)].Organizer?.Address));
        Assert.DoesNotContain(SeriesTenant.WeeklyMaster, meetings.Keys); // a master is no meeting of its own
    }

    [Fact]
    public async Task FirstSync_Gf02_MastersOutsideTheRoundReadInOneBatch_DeletedSeriesDropped()
    {
        await using var harness = await StartAsync();
        var report = await SyncAsync(harness);

        var log = harness.Simulator.Control.RequestLog;
        var meetings = await MeetingsAsync(harness);
        // The weekly series began in 2023: its master is outside the window and the round; the orphan's series is gone.
        Assert.Equal(1, report.MasterBatches);
        Assert.Equal(2, report.MasterReads);
        Assert.Equal(2, log.Count(e => e.Kind == RequestKind.EventRead && e.IsBatchItem));
        var delta = log.Where(e => e.Kind is RequestKind.MailDelta or RequestKind.CalendarDelta).ToList();
        Assert.Equal(delta.Count, report.DeltaRequests); // the pages Graph serves (GF-10), none asked twice, plus that one $batch
        Assert.Equal(delta.Count, delta.Select(e => e.PathAndQuery).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain("o-gone-20250617", meetings.Keys);
        Assert.Equal(SeriesTenant.Tuesdays.Count + SeriesTenant.FortnightDays.Count + 2, meetings.Count);
        Assert.Equal(0, report.SeriesRereads); // a first round lists every occurrence there is
    }

    [Fact]
    public async Task FirstSync_Gf02_Gf16_MasterStepThrottled_SentAgainCountedAsARequestAndItsSeriesFilled()
    {
        await using var clean = await StartAsync();
        var baseline = await SyncAsync(clean);
        await using var harness = await StartAsync();
        harness.Simulator.Control.AddFaultRule(new FaultRule
        {
            Kind = FaultKind.Throttle, Count = 1, PathContains = "/events/" + SeriesTenant.WeeklyMaster + "?", RetryAfterSeconds = 0,
        });

        var report = await SyncAsync(harness);

        Assert.Equal(baseline.Requests + 1, report.Requests); // the throttled step, sent again, is one more request
        Assert.Equal(2, report.MasterBatches);
        Assert.Equal(3, report.MasterReads);
        Assert.Equal(1, harness.Simulator.Control.RequestLog.Count(e => e.Kind == RequestKind.EventRead && e.Status == 429));
        var meetings = await MeetingsAsync(harness);
        Assert.Equal((await MeetingsAsync(clean)).Keys.Order(), meetings.Keys.Order());
        Assert.Equal(SeriesTenant.Olga, meetings[SeriesTenant.WeeklyId(new DateTime(2025, 6, 24))].Organizer?.Address);
    }

    [Fact]
    public async Task LaterRound_Gf02_MovedOccurrenceKeepsItsParticipantsWithoutReadingItsMasterAgain()
    {
        await using var harness = await StartAsync();
        await SyncAsync(harness);
        var moved = SeriesTenant.WeeklyId(new DateTime(2025, 7, 1));
        harness.Simulator.Control.MoveOccurrence(SeriesTenant.TessId, moved, new DateTimeOffset(2025, 7, 2, 11, 0, 0, TimeSpan.Zero));

        var report = await SyncAsync(harness);

        var meeting = (await MeetingsAsync(harness))[moved];
        Assert.Equal(new DateTimeOffset(2025, 7, 2, 11, 0, 0, TimeSpan.Zero), meeting.Start);
        Assert.Equal(SeriesTenant.Olga, meeting.Organizer?.Address);
        Assert.Equal(0, report.MasterBatches);
    }

    [Fact]
    public async Task CalendarDelta_Gf03_AskedWithoutQueryOptions_ContentReceivedButNeverStored()
    {
        await using var harness = await StartAsync(SeriesTenant.TokenWithRoles("Calendars.Read"));
        await SyncAsync(harness);

        var calendar = harness.Simulator.Control.RequestLog.Where(e => e.Kind == RequestKind.CalendarDelta).ToList();
        Assert.NotEmpty(calendar);
        Assert.All(calendar, e => Assert.Equal(200, e.Status));
        Assert.All(calendar, e => Assert.DoesNotMatch(@"[?&]\$?(select|expand|filter|orderby|search|top)=", e.PathAndQuery));
        var masterReads = harness.Simulator.Control.RequestLog.Where(e => e.Kind == RequestKind.EventRead).ToList();
        Assert.All(masterReads, e => Assert.DoesNotContain("body", e.PathAndQuery, StringComparison.OrdinalIgnoreCase));
        Assert.All(masterReads, e => Assert.DoesNotContain("subject", e.PathAndQuery, StringComparison.OrdinalIgnoreCase));
        var rows = await DatabaseScan.ReadAllAsync(harness.Services);
        Assert.Contains(rows, r => r.Table.EndsWith("meetings", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Values.Any(v => v.Contains(SeriesTenant.Secret, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CancelledOccurrence_Gf04_LearntByOneRereadPerActiveSeries()
    {
        await using var harness = await StartAsync();
        await SyncAsync(harness);
        var cancelled = SeriesTenant.WeeklyId(new DateTime(2025, 7, 8));
        var recent = SeriesTenant.FortnightId(new DateTime(2025, 6, 18));
        harness.Simulator.Control.CancelOccurrence(SeriesTenant.TessId, cancelled);
        harness.Simulator.Control.CancelOccurrence(SeriesTenant.TessId, recent);
        harness.Simulator.Control.ClearRequestLog();

        var report = await SyncAsync(harness);

        var meetings = await MeetingsAsync(harness);
        Assert.DoesNotContain(cancelled, meetings.Keys);
        Assert.DoesNotContain(recent, meetings.Keys);
        Assert.Contains(SeriesTenant.WeeklyId(new DateTime(2025, 7, 15)), meetings.Keys);
        Assert.Equal(report.Streams, report.DeltaRequests); // the round said nothing: one delta request per stream
        Assert.Equal(2, report.SeriesRereads);              // counted apart: one per active series
        Assert.Equal(1, report.SeriesRereadBatches);
        Assert.Equal(2, harness.Simulator.Control.RequestLog.Count(e => e.Kind == RequestKind.SeriesReread));
    }

    [Fact]
    public async Task Times_Gf05_ZonedMeetingsReadInUtcAllDayEventsAsTheirDay()
    {
        await using var harness = await StartAsync();
        await SyncAsync(harness);

        var meetings = await MeetingsAsync(harness);
        Assert.Equal(new DateTimeOffset(2025, 6, 20, 7, 0, 0, TimeSpan.Zero), meetings[SeriesTenant.BerlinId].Start);
        var allDay = meetings[SeriesTenant.AllDayId];
        Assert.True(allDay.IsAllDay);
        Assert.Equal(new DateTimeOffset(2025, 6, 24, 0, 0, 0, TimeSpan.Zero), allDay.Start);
        Assert.Equal(new DateTimeOffset(2025, 6, 25, 0, 0, 0, TimeSpan.Zero), allDay.End);
        Assert.All(harness.Simulator.Control.RequestLog.Where(e => e.Kind == RequestKind.CalendarDelta),
            e => Assert.Contains("outlook.timezone=\"UTC\"", e.Prefer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ContentByRole_Gf06_ReadBasicAndReadGiveTheSameMeetingsAndNoContentIsStored()
    {
        await using var basic = await StartAsync(SeriesTenant.TokenWithRoles("Mail.ReadBasic.All", "Calendars.ReadBasic.All"));
        await SyncAsync(basic);
        await using var full = await StartAsync(SeriesTenant.TokenWithRoles("Mail.ReadBasic.All", "Calendars.Read"));
        await SyncAsync(full);

        var fromBasic = await MeetingsAsync(basic);
        var fromFull = await MeetingsAsync(full);
        Assert.Equal(fromBasic.Keys.Order(), fromFull.Keys.Order());
        Assert.All(fromFull, pair => Assert.Equal(Describe(fromBasic[pair.Key]), Describe(pair.Value)));
        var rows = await DatabaseScan.ReadAllAsync(full.Services);
        Assert.DoesNotContain(rows, r => r.Values.Any(v => v.Contains(SeriesTenant.Secret, StringComparison.Ordinal)));
    }

    private static string Describe(MeetingMeta m) =>
        $"{m.Start:O} {m.End:O} {m.IsAllDay} {m.Organizer?.Address} {string.Join(',', m.Attendees.Select(a => $"{a.Who.Address}:{a.Response}"))} {m.IsCancelled} {m.MyResponse}";

    private Task<PipelineHarness> StartAsync(string token = PipelineHarness.Token) =>
        PipelineHarness.StartAsync(provider, _tenant.Path, token: token);

    private static async Task<SyncReport> SyncAsync(PipelineHarness harness) =>
        await harness.SyncAsync(Guid.Parse(SeriesTenant.TessId));

    private static async Task<Dictionary<string, MeetingMeta>> MeetingsAsync(PipelineHarness harness)
    {
        var (_, meetings) = await harness.Get<MailboxMetadataStore>()
            .LoadAsync(new MailboxKey(harness.TenantId, Guid.Parse(SeriesTenant.TessId)), CancellationToken.None);
        return meetings.ToDictionary(m => m.Id, StringComparer.Ordinal);
    }
}

public sealed class CalendarFidelitySqliteTests() : CalendarFidelityTests(StorageProvider.Sqlite);

public sealed class CalendarFidelityPostgresTests() : CalendarFidelityTests(StorageProvider.PostgreSql);

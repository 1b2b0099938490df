using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>GF-1: occurrences of a recurring series are skeletons; the master carries everything else and its own
/// start is its first occurrence's; exceptions are full events.</summary>
public sealed class Gf01OccurrenceSkeletonTests : SeriesSimulatorTest
{
    private static readonly string[] SkeletonProperties = ["@odata.type", "@odata.etag", "id", "type", "seriesMasterId", "start", "end"];

    [Fact]
    public async Task Gf01_OccurrenceInDeltaRound_CarriesOnlySkeletonFields()
    {
        var (items, _, _) = await Http.DeltaRoundAsync(SeriesCalendar.DeltaUrl, Immutable, Utc);

        var occurrences = items.Where(i => i.GetProperty("type").GetString() == "occurrence").ToList();
        Assert.Equal(SeriesCalendar.Tuesdays.Count(d => d >= new DateTime(2025, 5, 1) && d != new DateTime(2025, 6, 3))
                     + SeriesCalendar.FortnightDays.Count + 1, occurrences.Count);
        Assert.All(occurrences, o => Assert.Equal(SkeletonProperties.Order(), o.EnumerateObject().Select(p => p.Name).Order()));
    }

    [Fact]
    public async Task Gf01_SeriesMaster_ComesWithRecurrenceParticipantsAndItsFirstOccurrencesTimes()
    {
        var (items, _, _) = await Http.DeltaRoundAsync(SeriesCalendar.DeltaUrl, Immutable, Utc);

        var master = Assert.Single(items, i => i.GetProperty("type").GetString() == "seriesMaster");
        Assert.Equal(SeriesCalendar.FortnightMasterId, master.GetProperty("id").GetString());
        Assert.Equal("weekly", master.GetProperty("recurrence").GetProperty("pattern").GetProperty("type").GetString());
        Assert.Equal("olga@test.example", master.GetProperty("organizer").GetProperty("emailAddress").GetProperty("address").GetString());
        Assert.Equal(2, master.GetProperty("attendees").GetArrayLength());
        Assert.Equal("2025-05-07T14:00:00.0000000", master.GetProperty("start").GetProperty("dateTime").GetString());
        var firstOccurrence = items.IndexOf(master) + 1;
        Assert.Equal(SeriesCalendar.FortnightMasterId, items[firstOccurrence].GetProperty("seriesMasterId").GetString());
    }

    [Fact]
    public async Task Gf01_Exception_IsAFullEvent()
    {
        var (items, _, _) = await Http.DeltaRoundAsync(SeriesCalendar.DeltaUrl, Immutable, Utc);

        var moved = Assert.Single(items, i => i.GetProperty("id").GetString() == SeriesCalendar.MovedId);
        Assert.Equal("exception", moved.GetProperty("type").GetString());
        Assert.Equal(SeriesCalendar.MasterId, moved.GetProperty("seriesMasterId").GetString());
        Assert.Equal(2, moved.GetProperty("attendees").GetArrayLength());
        Assert.Equal("2025-06-04T10:00:00.0000000", moved.GetProperty("start").GetProperty("dateTime").GetString());
    }

    [Fact]
    public void Gf01_Loader_AcceptsMastersSkeletonsExceptionsAndNotesNothingMalformed()
    {
        using var snapshot = SeriesCalendar.Write();

        var loaded = SnapshotLoader.Load(snapshot.Path);

        Assert.Empty(loaded.LoadReport.Errors);
        Assert.Equal(SeriesCalendar.Tuesdays.Count + SeriesCalendar.FortnightDays.Count + 5, loaded.LoadReport.EventsByMailbox[SnapshotBuilder.UserId]);
    }

    [Fact]
    public async Task Gf01_OldShapeSnapshot_FullOccurrencesAreServedAsAMadeUpMasterSkeletonsAndAnException()
    {
        // Today's older shape: every occurrence written in full, no master line; the third has another attendee.
        using var builder = new SnapshotBuilder();
        var lines = Enumerable.Range(0, 4).Select(w =>
        {
            var occurrence = SeriesCalendar.Master();
            occurrence.Remove("recurrence");
            occurrence["id"] = $"full-{w}";
            occurrence["type"] = "occurrence";
            occurrence["seriesMasterId"] = "series-old";
            occurrence["start"] = SeriesCalendar.Time(new DateTime(2025, 6, 2, 9, 0, 0).AddDays(7 * w));
            occurrence["end"] = SeriesCalendar.Time(new DateTime(2025, 6, 2, 9, 30, 0).AddDays(7 * w));
            if (w == 2)
            {
                ((JsonArray)occurrence["attendees"]!).Add(SeriesCalendar.Person("Guest", "guest@test.example"));
            }

            return occurrence.ToJsonString();
        }).ToArray();
        builder.Events(lines);
        await using var sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = builder.Path });
        using var http = new GraphHttp(sim);

        var (items, _, _) = await http.DeltaRoundAsync(SeriesCalendar.DeltaUrl, Immutable, Utc);
        var (response, master) = await http.GetAsync(SeriesCalendar.Url("/events/series-old"), Immutable, Utc);

        Assert.Empty(sim.Snapshot.LoadReport.Errors);
        Assert.Equal(["series-old", "full-0", "full-1", "full-2", "full-3"], items.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(["seriesMaster", "occurrence", "occurrence", "exception", "occurrence"], items.Select(i => i.GetProperty("type").GetString()));
        Assert.Equal(SkeletonProperties.Order(), items[1].EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(3, items[3].GetProperty("attendees").GetArrayLength());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, master.GetProperty("attendees").GetArrayLength());
        Assert.Equal("2025-06-02T09:00:00.0000000", master.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal(JsonValueKind.Object, master.GetProperty("recurrence").ValueKind);
    }
}

using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>GF-4: a cancelled occurrence gives no sign in the delta round (only a re-read of the series shows it);
/// a series is never split across pages.</summary>
public sealed class Gf04CancelledOccurrenceTests : SeriesSimulatorTest
{
    [Fact]
    public async Task Gf04_CancelledOccurrence_NextRoundSaysNothingAndInstancesNoLongerListIt()
    {
        var (_, deltaLink, _) = await Http.DeltaRoundAsync(SeriesCalendar.DeltaUrl, Immutable, Utc);
        var cancelled = SeriesCalendar.OccurrenceId(new DateTime(2025, 7, 8));
        var instancesUrl = SeriesCalendar.Url($"/events/{SeriesCalendar.MasterId}/instances?{SeriesCalendar.Window}&$top=100&$select=id,start");
        var (_, before) = await Http.GetAsync(instancesUrl, Immutable);
        Sim.Control.CancelOccurrence(SnapshotBuilder.UserId, cancelled);

        var (changes, _, _) = await Http.DeltaRoundAsync(deltaLink, Immutable, Utc);
        var (_, after) = await Http.GetAsync(instancesUrl, Immutable);

        Assert.Empty(changes);
        var beforeIds = before.GetProperty("value").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        var afterIds = after.GetProperty("value").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Contains(cancelled, beforeIds);
        Assert.Equal(beforeIds.Where(id => id != cancelled), afterIds);
    }

    [Fact]
    public async Task Gf04_SmallPages_NeverSplitASeries()
    {
        var pages = new List<List<System.Text.Json.JsonElement>>();
        var url = SeriesCalendar.DeltaUrl;
        while (true)
        {
            var (_, body) = await Http.GetAsync(url, Immutable, Utc, "odata.maxpagesize=2");
            pages.Add([.. body.GetProperty("value").EnumerateArray()]);
            if (!body.TryGetProperty("@odata.nextLink", out var next))
            {
                break;
            }

            url = next.GetString()!;
        }

        var weekly = Assert.Single(pages, p => p.Any(i => SeriesOf(i) == SeriesCalendar.MasterId));
        Assert.Equal(SeriesCalendar.Tuesdays.Count(d => d >= new DateTime(2025, 5, 1)), weekly.Count);
        var fortnight = Assert.Single(pages, p => p.Any(i => SeriesOf(i) == SeriesCalendar.FortnightMasterId));
        Assert.Equal(SeriesCalendar.FortnightMasterId, fortnight[0].GetProperty("id").GetString());
        Assert.Equal(SeriesCalendar.FortnightDays.Count + 1, fortnight.Count);
        Assert.All(pages.Where(p => p != weekly && p != fortnight), p => Assert.True(p.Count <= 2));
    }

    [Fact]
    public async Task Gf04_Instances_ListTheSeriesOccurrencesAndExceptionsInTheRangeByStart()
    {
        var (_, first) = await Http.GetAsync(SeriesCalendar.Url($"/events/{SeriesCalendar.MasterId}/instances?startDateTime=2025-06-01T00:00:00Z&endDateTime=2025-07-01T00:00:00Z"), Immutable);

        var ids = first.GetProperty("value").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal([SeriesCalendar.MovedId, SeriesCalendar.OccurrenceId(new DateTime(2025, 6, 17)), SeriesCalendar.OccurrenceId(new DateTime(2025, 6, 24))], ids);
        var filled = first.GetProperty("value")[1];
        Assert.Equal("olga@test.example", filled.GetProperty("organizer").GetProperty("emailAddress").GetProperty("address").GetString());
        Assert.Equal("occurrence", filled.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Gf04_ControlSurfaceOverHttp_CancelsMovesAndDeletes()
    {
        var control = new Uri(Sim.RootUri, $"_simulator/users/{SnapshotBuilder.UserId}/");
        var cancelled = SeriesCalendar.OccurrenceId(new DateTime(2025, 7, 15));
        var moved = SeriesCalendar.OccurrenceId(new DateTime(2025, 7, 22));

        using var cancel = await Http.Client.PostAsync(new Uri(control, $"events/{cancelled}/cancel"), null);
        using var move = await Http.Client.PostAsync(new Uri(control, $"events/{moved}/move"),
            new StringContent("{\"start\":\"2025-07-23T08:00:00Z\"}", System.Text.Encoding.UTF8, "application/json"));
        using var delete = await Http.Client.DeleteAsync(new Uri(control, $"series/{SeriesCalendar.FortnightMasterId}"));
        using var unknown = await Http.Client.PostAsync(new Uri(control, "events/no-such-occurrence/cancel"), null);
        var (_, movedEvent) = await Http.GetAsync(SeriesCalendar.Url("/events/" + moved), Immutable);
        var (gone, _) = await Http.GetAsync(SeriesCalendar.Url("/events/" + cancelled), Immutable);
        var (deleted, _) = await Http.GetAsync(SeriesCalendar.Url("/events/" + SeriesCalendar.FortnightMasterId), Immutable);

        Assert.Equal(System.Net.HttpStatusCode.NoContent, cancel.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, move.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("exception", movedEvent.GetProperty("type").GetString());
        Assert.Equal("2025-07-23T08:00:00.0000000", movedEvent.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal("2025-07-23T08:30:00.0000000", movedEvent.GetProperty("end").GetProperty("dateTime").GetString());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, deleted.StatusCode);
    }

    private static string? SeriesOf(System.Text.Json.JsonElement item) =>
        item.GetProperty("type").GetString() == "seriesMaster" ? item.GetProperty("id").GetString()
        : item.TryGetProperty("seriesMasterId", out var master) ? master.GetString() : null;
}

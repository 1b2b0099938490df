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

        var seriesPages = pages.Select((page, n) => (page, n))
            .Where(p => p.page.Any(i => SeriesOf(i) == SeriesCalendar.MasterId)).ToList();
        var whole = Assert.Single(seriesPages);
        Assert.Equal("seriesMaster", whole.page[0].GetProperty("type").GetString());
        Assert.Equal(SeriesCalendar.Tuesdays.Count(d => d >= new DateTime(2025, 5, 1)) + 1, whole.page.Count);
        Assert.All(pages.Where(p => !p.Any(i => SeriesOf(i) == SeriesCalendar.MasterId)), p => Assert.True(p.Count <= 2));
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

    private static string? SeriesOf(System.Text.Json.JsonElement item) =>
        item.GetProperty("type").GetString() == "seriesMaster" ? item.GetProperty("id").GetString()
        : item.TryGetProperty("seriesMasterId", out var master) ? master.GetString() : null;
}

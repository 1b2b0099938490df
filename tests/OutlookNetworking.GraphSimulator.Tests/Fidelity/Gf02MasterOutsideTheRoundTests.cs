using System.Net;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>GF-2: a series that began before the window has its master outside it (the first round lists its
/// occurrences without it); a later round carries changed occurrences without their master; GET of the master returns
/// it whole, also as a <c>$batch</c> step; 404 once the series is deleted.</summary>
public sealed class Gf02MasterOutsideTheRoundTests : SeriesSimulatorTest
{
    [Fact]
    public async Task Gf02_SeriesThatBeganBeforeTheWindow_FirstRoundListsItsOccurrencesWithoutItsMaster()
    {
        var (items, _, _) = await Http.DeltaRoundAsync(SeriesCalendar.DeltaUrl, Immutable, Utc);

        Assert.DoesNotContain(items, i => i.GetProperty("id").GetString() == SeriesCalendar.MasterId);
        Assert.Contains(items, i => i.TryGetProperty("seriesMasterId", out var m) && m.GetString() == SeriesCalendar.MasterId
                                    && i.GetProperty("type").GetString() == "occurrence");
    }

    [Fact]
    public async Task Gf02_LaterRound_MovedOccurrenceComesWithoutItsMaster()
    {
        var (_, deltaLink, _) = await Http.DeltaRoundAsync(SeriesCalendar.DeltaUrl, Immutable, Utc);
        var occurrence = "o-fortnight-20250702";
        Sim.Control.MoveOccurrence(SnapshotBuilder.UserId, occurrence, new DateTimeOffset(2025, 7, 3, 11, 0, 0, TimeSpan.Zero));

        var (changes, _, _) = await Http.DeltaRoundAsync(deltaLink, Immutable, Utc);

        var moved = Assert.Single(changes);
        Assert.Equal(occurrence, moved.GetProperty("id").GetString());
        Assert.Equal("exception", moved.GetProperty("type").GetString());
        Assert.Equal("2025-07-03T11:00:00.0000000", moved.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal(SeriesCalendar.FortnightMasterId, moved.GetProperty("seriesMasterId").GetString());
        Assert.Equal("olga@test.example", moved.GetProperty("organizer").GetProperty("emailAddress").GetProperty("address").GetString());
    }

    [Fact]
    public async Task Gf02_GetMaster_ReturnsTheWholeMasterWithItsFirstOccurrencesTimes()
    {
        var (response, master) = await Http.GetAsync(SeriesCalendar.Url("/events/" + SeriesCalendar.MasterId), Immutable);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("seriesMaster", master.GetProperty("type").GetString());
        Assert.Equal("weekly", master.GetProperty("recurrence").GetProperty("pattern").GetProperty("type").GetString());
        Assert.Equal(2, master.GetProperty("attendees").GetArrayLength());
        Assert.Equal("accepted", master.GetProperty("responseStatus").GetProperty("response").GetString());
        Assert.Equal("2023-01-03T10:00:00.0000000", master.GetProperty("start").GetProperty("dateTime").GetString());
    }

    [Fact]
    public async Task Gf02_GetMaster_InBatch_WholeForALiveSeries404ForADeletedOne()
    {
        Sim.Control.DeleteSeries(SnapshotBuilder.UserId, SeriesCalendar.MasterId);
        var requests = new object[]
        {
            new { id = "deleted", method = "GET", url = SeriesCalendar.Url("/events/" + SeriesCalendar.MasterId) },
            new { id = "never", method = "GET", url = SeriesCalendar.Url("/events/" + SeriesCalendar.GoneMasterId) },
            new { id = "single", method = "GET", url = SeriesCalendar.Url("/events/" + SeriesCalendar.SingleId + "?$select=organizer,attendees") },
        };

        var (response, body) = await Http.PostAsync("/$batch", JsonSerializer.Serialize(new { requests }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var byId = body.GetProperty("responses").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(404, byId["deleted"].GetProperty("status").GetInt32());
        Assert.Equal("ErrorItemNotFound", byId["deleted"].GetProperty("body").GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(404, byId["never"].GetProperty("status").GetInt32());
        Assert.Equal(200, byId["single"].GetProperty("status").GetInt32());
        Assert.Equal(["@odata.type", "@odata.etag", "organizer", "attendees", "id"], byId["single"].GetProperty("body").EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, Sim.Control.RequestLog.Count(e => e.IsBatchItem && e.Kind == RequestKind.EventRead));
    }

    [Fact]
    public async Task Gf02_DeletedSeries_NextRoundReportsOnlyTheMasterRemoved()
    {
        var (_, deltaLink, _) = await Http.DeltaRoundAsync(SeriesCalendar.DeltaUrl, Immutable, Utc);
        Sim.Control.DeleteSeries(SnapshotBuilder.UserId, SeriesCalendar.FortnightMasterId);

        var (changes, _, _) = await Http.DeltaRoundAsync(deltaLink, Immutable, Utc);
        var (instances, _) = await Http.GetAsync(SeriesCalendar.Url($"/events/{SeriesCalendar.FortnightMasterId}/instances?{SeriesCalendar.Window}"));

        var removed = Assert.Single(changes);
        Assert.Equal(SeriesCalendar.FortnightMasterId, removed.GetProperty("id").GetString());
        Assert.Equal("deleted", removed.GetProperty("@removed").GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.NotFound, instances.StatusCode);
    }
}

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

public sealed class CalendarViewDeltaTests : ContosoSimulatorTest
{
    private const string Immutable = "IdType=\"ImmutableId\"";
    [Fact]
    public async Task CalendarViewDelta_Window_ReturnsOnlyEventsOverlappingIt()
    {
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = new DateTime(2025, 7, 31, 0, 0, 0, DateTimeKind.Utc);
        var expected = FixtureFacts.Events(TestPaths.Contoso, TestPaths.AvaId)
            .Where(e => DateTime.Parse(e.GetProperty("start").GetProperty("dateTime").GetString()!, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal) < end
                && DateTime.Parse(e.GetProperty("end").GetProperty("dateTime").GetString()!, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal) > start)
            .Select(e => e.GetProperty("id").GetString())
            .ToList();

        var (items, deltaLink, pages) = await Http.DeltaRoundAsync(Window("2025-01-01T00:00:00Z", "2025-07-31T00:00:00Z"), "odata.maxpagesize=2", Immutable);

        Assert.Equal(expected.Order(), items.Select(i => i.GetProperty("id").GetString()).Order());
        Assert.True(pages > 1);
        Assert.DoesNotContain("startDateTime", deltaLink, StringComparison.OrdinalIgnoreCase);
        Assert.All(items, i => Assert.Equal("UTC", i.GetProperty("start").GetProperty("timeZone").GetString()));
    }

    [Fact]
    public async Task CalendarViewDelta_WithoutWindow_IsBadRequest()
    {
        var (response, body) = await Http.GetAsync($"/users/{TestPaths.AvaId}/calendarView/delta", Immutable);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("StartDateTime", body.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task CalendarViewDelta_NextRound_ReportsAddedEventsAndEventsMovedOutOfTheWindowAsRemoved()
    {
        var (first, deltaLink, _) = await Http.DeltaRoundAsync(Window("2025-06-01T00:00:00Z", "2025-07-31T00:00:00Z"), Immutable);
        var inWindow = first.Select(i => i.GetProperty("id").GetString()!).ToList();
        Sim.Control.AddEvent(TestPaths.AvaUpn, Event("ev-new", "2025-07-02T10:00:00"));
        Sim.Control.UpdateEvent(TestPaths.AvaUpn, inWindow[0], new JsonObject
        {
            ["start"] = new JsonObject { ["dateTime"] = "2025-09-01T10:00:00.0000000", ["timeZone"] = "UTC" },
            ["end"] = new JsonObject { ["dateTime"] = "2025-09-01T11:00:00.0000000", ["timeZone"] = "UTC" },
        });
        Sim.Control.DeleteEvent(TestPaths.AvaUpn, inWindow[1]);

        var (changes, _, _) = await Http.DeltaRoundAsync(deltaLink, Immutable);

        Assert.Equal(["ev-new"], changes.Where(c => !c.TryGetProperty("@removed", out _)).Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(new[] { inWindow[0], inWindow[1] }.Order(), changes.Where(c => c.TryGetProperty("@removed", out _)).Select(c => c.GetProperty("id").GetString()!).Order());
    }

    private static string Window(string start, string end) =>
        $"/users/{TestPaths.AvaId}/calendarView/delta?startDateTime={start}&endDateTime={end}";

    private static JsonObject Event(string id, string start, string zone = "UTC") => new()
    {
        ["id"] = id,
        ["subject"] = "Planning",
        ["start"] = new JsonObject { ["dateTime"] = start, ["timeZone"] = zone },
        ["end"] = new JsonObject { ["dateTime"] = DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture).AddHours(1).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = zone },
        ["attendees"] = new JsonArray(),
        ["type"] = "singleInstance",
    };
}

using System.Text.RegularExpressions;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>GF-5: times carry seven fractional digits and no offset; with <c>Prefer: outlook.timezone</c> in that zone,
/// without it (calendarView/delta) in the event's own zone; all-day events midnight to midnight whatever the zone.</summary>
public sealed partial class Gf05EventTimesTests : SeriesSimulatorTest
{
    [Fact]
    public async Task Gf05_WithUtcPreference_EveryTimeHasSevenFractionalDigitsNoOffsetAndUtc()
    {
        var (items, _, _) = await Http.DeltaRoundAsync(SeriesCalendar.DeltaUrl, Immutable, Utc);

        var times = items.SelectMany(i => new[] { i.GetProperty("start"), i.GetProperty("end") }).ToList();
        Assert.All(times, t => Assert.Matches(GraphDateTime(), t.GetProperty("dateTime").GetString()));
        Assert.All(times, t => Assert.Equal("UTC", t.GetProperty("timeZone").GetString()));
        var berlin = Assert.Single(items, i => i.GetProperty("id").GetString() == SeriesCalendar.SingleId);
        Assert.Equal("2025-06-20T07:00:00.0000000", berlin.GetProperty("start").GetProperty("dateTime").GetString());
    }

    [Fact]
    public async Task Gf05_WithoutPreference_TimesComeInTheEventsOwnZone()
    {
        var (items, _, _) = await Http.DeltaRoundAsync(SeriesCalendar.DeltaUrl, Immutable);

        var berlin = Assert.Single(items, i => i.GetProperty("id").GetString() == SeriesCalendar.SingleId);
        Assert.Equal("W. Europe Standard Time", berlin.GetProperty("start").GetProperty("timeZone").GetString());
        Assert.Equal("2025-06-20T09:00:00.0000000", berlin.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Matches(GraphDateTime(), berlin.GetProperty("end").GetProperty("dateTime").GetString());
    }

    [Theory]
    [InlineData(Utc, "UTC")]
    [InlineData("outlook.timezone=\"Tokyo Standard Time\"", "Tokyo Standard Time")]
    [InlineData(null, "Pacific Standard Time")]
    public async Task Gf05_AllDayEvent_IsMidnightToMidnightWhateverZoneIsAsked(string? prefer, string zone)
    {
        var (items, _, _) = await Http.DeltaRoundAsync(SeriesCalendar.DeltaUrl, prefer is null ? [Immutable] : [Immutable, prefer]);

        var allDay = Assert.Single(items, i => i.GetProperty("id").GetString() == SeriesCalendar.AllDayId);
        Assert.Equal("2025-06-24T00:00:00.0000000", allDay.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal("2025-06-25T00:00:00.0000000", allDay.GetProperty("end").GetProperty("dateTime").GetString());
        Assert.Equal(zone, allDay.GetProperty("start").GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Gf05_GetEvent_WithoutPreference_IsUtc()
    {
        var (_, berlin) = await Http.GetAsync(SeriesCalendar.Url("/events/" + SeriesCalendar.SingleId), Immutable);

        Assert.Equal("UTC", berlin.GetProperty("start").GetProperty("timeZone").GetString());
        Assert.Equal("2025-06-20T07:00:00.0000000", berlin.GetProperty("start").GetProperty("dateTime").GetString());
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}$")]
    private static partial Regex GraphDateTime();
}

using System.Net;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>GF-3: calendarView/delta refuses <c>$select</c>, <c>$expand</c>, <c>$filter</c>, <c>$orderby</c>,
/// <c>$search</c> (and <c>$top</c>) with 400; without them whole events come, subject and location included.</summary>
public sealed class Gf03CalendarDeltaQueryOptionsTests : SeriesSimulatorTest
{
    [Theory]
    [InlineData("$select=id,start,end,organizer,attendees")]
    [InlineData("$expand=attachments")]
    [InlineData("$filter=isCancelled eq false")]
    [InlineData("$orderby=start/dateTime")]
    [InlineData("$search=\"planning\"")]
    [InlineData("$top=50")]
    public async Task Gf03_CalendarViewDelta_UnsupportedQueryOption_IsBadRequest(string option)
    {
        var (response, body) = await Http.GetAsync(SeriesCalendar.DeltaUrl + "&" + option, Immutable, Utc);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ErrorInvalidUrlQuery", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("not supported with change tracking over the 'CalendarView' resource", body.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Gf03_CalendarViewDelta_WithoutOptions_ServesWholeEventsWithSubjectAndLocation()
    {
        var (items, _, _) = await Http.DeltaRoundAsync(SeriesCalendar.DeltaUrl, Immutable, Utc);

        var master = Assert.Single(items, i => i.GetProperty("id").GetString() == SeriesCalendar.FortnightMasterId);
        Assert.Equal("Fortnightly review", master.GetProperty("subject").GetString());
        Assert.Equal("Room 2.1", master.GetProperty("locations")[0].GetProperty("displayName").GetString());
    }
}

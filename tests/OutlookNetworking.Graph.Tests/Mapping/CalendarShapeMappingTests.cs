using System.Text.Json;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Graph.Mapping;

namespace OutlookNetworking.Graph.Tests.Mapping;

/// <summary>The mapping boundary of calendar items as Graph serves them (graph-fidelity GF-1, GF-5, GF-6).</summary>
public sealed class CalendarShapeMappingTests
{
    private static CalendarItem Map(string json) => EventMapper.Map(JsonDocument.Parse(json).RootElement).Item!;

    [Fact]
    public void Map_SkeletonOccurrence_Gf01_IsAnOccurrenceToFillFromItsMaster()
    {
        var item = Map("""
            {"@odata.type":"#microsoft.graph.event","@odata.etag":"W/\"1\"","id":"o1","type":"occurrence","seriesMasterId":"m1",
             "start":{"dateTime":"2025-06-24T10:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2025-06-24T10:30:00.0000000","timeZone":"UTC"}}
            """);

        Assert.Equal(CalendarItemKind.Occurrence, item.Kind);
        Assert.Equal("m1", item.SeriesMasterId);
        Assert.Equal(new DateTimeOffset(2025, 6, 24, 10, 0, 0, TimeSpan.Zero), item.Meeting.Start);
        Assert.Empty(item.Meeting.Attendees);
    }

    [Fact]
    public void Map_SeriesMasterAndException_Gf01_MasterAndAMeetingOfItsSeries()
    {
        var master = Map("""
            {"id":"m1","type":"seriesMaster","start":{"dateTime":"2023-01-03T10:00:00.0000000","timeZone":"UTC"},
             "end":{"dateTime":"2023-01-03T10:30:00.0000000","timeZone":"UTC"},"organizer":{"emailAddress":{"address":"olga@x.example"}},
             "attendees":[{"type":"required","status":{"response":"accepted"},"emailAddress":{"address":"olga@x.example"}}],
             "recurrence":{"pattern":{"type":"weekly","interval":1}}}
            """);
        var exception = Map("""
            {"id":"o2","type":"exception","seriesMasterId":"m1","start":{"dateTime":"2025-06-04T10:00:00.0000000","timeZone":"UTC"},
             "end":{"dateTime":"2025-06-04T10:30:00.0000000","timeZone":"UTC"},"organizer":{"emailAddress":{"address":"olga@x.example"}},"attendees":[]}
            """);

        Assert.Equal(CalendarItemKind.SeriesMaster, master.Kind);
        Assert.Null(master.SeriesMasterId);
        Assert.Equal("olga@x.example", master.Meeting.Organizer?.Address);
        Assert.Equal(CalendarItemKind.Meeting, exception.Kind);
        Assert.Equal("m1", exception.SeriesMasterId);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("Pacific Standard Time")]
    [InlineData("Asia/Tokyo")]
    public void Map_AllDayEvent_Gf05_IsItsDayWhateverZoneItIsLabelledWith(string zone)
    {
        var item = Map($$$"""
            {"id":"a1","isAllDay":true,"start":{"dateTime":"2025-06-24T00:00:00.0000000","timeZone":"{{{zone}}}"},
             "end":{"dateTime":"2025-06-25T00:00:00.0000000","timeZone":"{{{zone}}}"}}
            """);

        Assert.Equal(new DateTimeOffset(2025, 6, 24, 0, 0, 0, TimeSpan.Zero), item.Meeting.Start);
        Assert.Equal(new DateTimeOffset(2025, 6, 25, 0, 0, 0, TimeSpan.Zero), item.Meeting.End);
    }

    [Fact]
    public void Map_SevenFractionalDigitsInAnotherZone_Gf05_ConvertedToUtc()
    {
        var item = Map("""
            {"id":"b1","start":{"dateTime":"2025-06-20T09:00:00.1234567","timeZone":"W. Europe Standard Time"},
             "end":{"dateTime":"2025-06-20T10:00:00.0000000","timeZone":"W. Europe Standard Time"}}
            """);

        Assert.Equal(new DateTimeOffset(2025, 6, 20, 7, 0, 0, 123, TimeSpan.Zero).AddTicks(4567), item.Meeting.Start);
    }

    [Fact]
    public void Map_EventWithContent_Gf06_NoContentFieldLeavesTheMapping()
    {
        var item = Map("""
            {"id":"c1","type":"singleInstance","subject":"CANARY-S","bodyPreview":"CANARY-P","body":{"contentType":"html","content":"CANARY-B"},
             "location":{"displayName":"CANARY-L1"},"locations":[{"displayName":"CANARY-L2"}],"categories":["CANARY-C"],
             "onlineMeeting":{"joinUrl":"https://CANARY-J"},"start":{"dateTime":"2025-06-20T09:00:00.0000000","timeZone":"UTC"},
             "end":{"dateTime":"2025-06-20T10:00:00.0000000","timeZone":"UTC"},"organizer":{"emailAddress":{"address":"o@x.example"}}}
            """);

        var mapped = JsonSerializer.Serialize(item);
        Assert.Contains("o@x.example", mapped, StringComparison.Ordinal);
        Assert.DoesNotContain("CANARY", mapped, StringComparison.Ordinal);
    }
}

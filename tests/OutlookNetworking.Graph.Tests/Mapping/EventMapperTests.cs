using System.Text.Json;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Graph.Mapping;

namespace OutlookNetworking.Graph.Tests.Mapping;

public sealed class EventMapperTests
{
    private static MapResult<MeetingMeta> Map(string json)
    {
        var result = EventMapper.Map(JsonDocument.Parse(json).RootElement);
        return new MapResult<MeetingMeta>(result.Item?.Meeting, result.RemovedId, result.SkipReason);
    }

    [Fact]
    public void Map_Meeting_ReadsAttendeesAndMyResponse()
    {
        var result = Map("""
            {"id":"e1","start":{"dateTime":"2025-06-29T13:00:00.0000000","timeZone":"UTC"},
             "end":{"dateTime":"2025-06-29T13:30:00.0000000","timeZone":"UTC"},
             "organizer":{"emailAddress":{"name":"Fay","address":"fay.ng@contoso.example"}},
             "attendees":[{"type":"required","status":{"response":"accepted"},"emailAddress":{"address":"ava.patel@contoso.example"}},
                          {"type":"resource","status":{"response":"accepted"},"emailAddress":{"address":"room-4.1@contoso.example"}},
                          {"type":"optional","emailAddress":{"address":"x@y.example"}}],
             "isOrganizer":false,"responseStatus":{"response":"declined","time":"2025-06-28T13:00:00Z"},"isCancelled":false}
            """);

        var m = result.Item!;
        Assert.Equal(new DateTimeOffset(2025, 6, 29, 13, 0, 0, TimeSpan.Zero), m.Start);
        Assert.Equal(ResponseKind.Declined, m.MyResponse);
        Assert.Equal([AttendeeKind.Required, AttendeeKind.Resource, AttendeeKind.Optional], m.Attendees.Select(a => a.Kind));
        Assert.Equal(ResponseKind.None, m.Attendees[2].Response);
        Assert.Equal("fay.ng@contoso.example", m.Organizer!.Address);
    }

    [Theory]
    [InlineData("Pacific Standard Time")]
    [InlineData("America/Los_Angeles")]
    public void Map_LocalTimeZone_ConvertedToUtc(string zone)
    {
        var result = Map($$$"""
            {"id":"e2","start":{"dateTime":"2025-06-28T09:00:00","timeZone":"{{{zone}}}"},
             "end":{"dateTime":"2025-06-28T10:00:00","timeZone":"{{{zone}}}"}}
            """);

        Assert.Equal(new DateTimeOffset(2025, 6, 28, 16, 0, 0, TimeSpan.Zero), result.Item!.Start);
    }

    [Fact]
    public void Map_NoOrganizerAllDayOrganizerSelf_Handled()
    {
        var result = Map("""
            {"id":"e3","isAllDay":true,"isOrganizer":true,
             "start":{"dateTime":"2025-07-04T00:00:00","timeZone":"UTC"},"end":{"dateTime":"2025-07-05T00:00:00","timeZone":"UTC"}}
            """);

        var m = result.Item!;
        Assert.True(m.IsAllDay);
        Assert.Null(m.Organizer);
        Assert.Empty(m.Attendees);
        Assert.Equal(ResponseKind.Organizer, m.MyResponse);
    }

    [Theory]
    [InlineData("""{"id":"e","start":{"dateTime":"2025-07-04T00:00:00","timeZone":"Mars/Olympus"},"end":{"dateTime":"2025-07-04T01:00:00","timeZone":"UTC"}}""", "noDate")]
    [InlineData("""{"id":"e","start":"2025-07-04","end":{"dateTime":"2025-07-04T01:00:00","timeZone":"UTC"}}""", "noDate")]
    [InlineData("""{"start":{"dateTime":"2025-07-04T00:00:00","timeZone":"UTC"}}""", "badId")]
    public void Map_Unusable_SkippedWithReason(string json, string reason)
    {
        Assert.Equal(reason, Map(json).SkipReason);
    }
}

using System.Text.Json;
using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Graph.Mapping;

/// <summary>Graph <c>event</c> JSON (a calendarView occurrence) -> <see cref="MeetingMeta"/>.
/// Copes with events without organizer, all-day events, any time zone, odd attendees.</summary>
public static class EventMapper
{
    /// <summary>Attendees kept per event. Meetings far smaller than this already make no tie.</summary>
    public const int MaxAttendees = 1000;

    public static MapResult<MeetingMeta> Map(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return MapResult.Skip<MeetingMeta>("notAnObject");
        }

        var id = GraphJson.String(item, "id"u8);
        if (string.IsNullOrEmpty(id) || id.Length > 512)
        {
            return MapResult.Skip<MeetingMeta>("badId");
        }

        if (item.TryGetProperty("@removed"u8, out _))
        {
            return MapResult.Removed<MeetingMeta>(id);
        }

        if (GraphJson.String(item, "type"u8) == "seriesMaster")
        {
            return MapResult.Skip<MeetingMeta>("seriesMaster");
        }

        var start = GraphJson.ZonedInstant(item, "start"u8);
        var end = GraphJson.ZonedInstant(item, "end"u8);
        if (start is null || end is null)
        {
            return MapResult.Skip<MeetingMeta>("noDate");
        }

        if (end < start)
        {
            end = start;
        }

        var attendees = new List<Attendee>();
        if (item.TryGetProperty("attendees"u8, out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in list.EnumerateArray())
            {
                if (attendees.Count >= MaxAttendees)
                {
                    break;
                }

                if (GraphJson.Recipient(entry) is not { } who)
                {
                    continue;
                }

                var kind = GraphJson.String(entry, "type"u8) switch
                {
                    "optional" => AttendeeKind.Optional,
                    "resource" => AttendeeKind.Resource,
                    _ => AttendeeKind.Required,
                };
                var response = entry.TryGetProperty("status"u8, out var status) && status.ValueKind == JsonValueKind.Object
                    ? Response(GraphJson.String(status, "response"u8))
                    : ResponseKind.None;
                attendees.Add(new Attendee(who, kind, response));
            }
        }

        var mine = item.TryGetProperty("responseStatus"u8, out var myStatus) && myStatus.ValueKind == JsonValueKind.Object
            ? Response(GraphJson.String(myStatus, "response"u8))
            : ResponseKind.None;
        var isOrganizer = GraphJson.Bool(item, "isOrganizer"u8);
        if (isOrganizer && mine == ResponseKind.None)
        {
            mine = ResponseKind.Organizer;
        }

        return MapResult.Upsert(new MeetingMeta(id, start.Value, end.Value, GraphJson.Bool(item, "isAllDay"u8),
            GraphJson.RecipientProperty(item, "organizer"u8), attendees, GraphJson.Bool(item, "isCancelled"u8), isOrganizer, mine));
    }

    private static ResponseKind Response(string? value) => value switch
    {
        "organizer" => ResponseKind.Organizer,
        "tentativelyAccepted" => ResponseKind.TentativelyAccepted,
        "accepted" => ResponseKind.Accepted,
        "declined" => ResponseKind.Declined,
        "notResponded" => ResponseKind.NotResponded,
        _ => ResponseKind.None,
    };
}

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

        var id = GraphJson.String(item, "id");
        if (string.IsNullOrEmpty(id) || id.Length > 512)
        {
            return MapResult.Skip<MeetingMeta>("badId");
        }

        if (item.TryGetProperty("@removed", out _))
        {
            return MapResult.Removed<MeetingMeta>(id);
        }

        if (GraphJson.String(item, "type") == "seriesMaster")
        {
            return MapResult.Skip<MeetingMeta>("seriesMaster");
        }

        var start = GraphJson.ZonedInstant(item, "start");
        var end = GraphJson.ZonedInstant(item, "end");
        if (start is null || end is null)
        {
            return MapResult.Skip<MeetingMeta>("noDate");
        }

        if (end < start)
        {
            end = start;
        }

        var attendees = new List<Attendee>();
        if (item.TryGetProperty("attendees", out var list) && list.ValueKind == JsonValueKind.Array)
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

                var kind = GraphJson.String(entry, "type") switch
                {
                    "optional" => AttendeeKind.Optional,
                    "resource" => AttendeeKind.Resource,
                    _ => AttendeeKind.Required,
                };
                var response = entry.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Object
                    ? Response(GraphJson.String(status, "response"))
                    : ResponseKind.None;
                attendees.Add(new Attendee(who, kind, response));
            }
        }

        var mine = item.TryGetProperty("responseStatus", out var myStatus) && myStatus.ValueKind == JsonValueKind.Object
            ? Response(GraphJson.String(myStatus, "response"))
            : ResponseKind.None;
        var isOrganizer = GraphJson.Bool(item, "isOrganizer");
        if (isOrganizer && mine == ResponseKind.None)
        {
            mine = ResponseKind.Organizer;
        }

        return MapResult.Upsert(new MeetingMeta(id, start.Value, end.Value, GraphJson.Bool(item, "isAllDay"),
            GraphJson.RecipientProperty(item, "organizer"), attendees, GraphJson.Bool(item, "isCancelled"), isOrganizer, mine));
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

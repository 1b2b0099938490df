using System.Text.Json;
using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Graph.Mapping;

/// <summary>
/// Graph <c>event</c> JSON -> <see cref="CalendarItem"/>: a meeting (single instance or exception), a skeleton
/// occurrence of a recurring series (graph-fidelity GF-1: id, times and its master's id only; filled from the master
/// later), or a series master. This is the mapping boundary of calendar content: Graph sends whole events
/// (calendarView/delta takes no <c>$select</c>, GF-3), subject, location, body and preview included (GF-6); only
/// times, organizer, attendees, responses and cancellation are read here, and nothing else leaves this method.
/// Copes with events without organizer, all-day events (midnight to midnight whatever zone they are labelled with,
/// GF-5), any time zone, odd attendees.
/// </summary>
public static class EventMapper
{
    /// <summary>Attendees kept per event. Meetings far smaller than this already make no tie.</summary>
    public const int MaxAttendees = 1000;

    public static MapResult<CalendarItem> Map(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return MapResult.Skip<CalendarItem>("notAnObject");
        }

        var id = GraphJson.String(item, "id"u8);
        if (string.IsNullOrEmpty(id) || id.Length > 512)
        {
            return MapResult.Skip<CalendarItem>("badId");
        }

        if (item.TryGetProperty("@removed"u8, out _))
        {
            return MapResult.Removed<CalendarItem>(id);
        }

        var isAllDay = GraphJson.Bool(item, "isAllDay"u8);
        var start = GraphJson.ZonedInstant(item, "start"u8, isAllDay);
        var end = GraphJson.ZonedInstant(item, "end"u8, isAllDay);
        if (start is null || end is null)
        {
            return MapResult.Skip<CalendarItem>("noDate");
        }

        var seriesMasterId = GraphJson.String(item, "seriesMasterId"u8);
        var itemKind = GraphJson.String(item, "type"u8) switch
        {
            "seriesMaster" => CalendarItemKind.SeriesMaster,
            // A skeleton: no participants of its own (GF-1). An occurrence served whole is a meeting like any other.
            "occurrence" when seriesMasterId is { Length: > 0 } && !item.TryGetProperty("organizer"u8, out _)
                              && !item.TryGetProperty("attendees"u8, out _) => CalendarItemKind.Occurrence,
            _ => CalendarItemKind.Meeting,
        };
        if (itemKind == CalendarItemKind.SeriesMaster)
        {
            seriesMasterId = null;
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

        var meeting = new MeetingMeta(id, start.Value, end.Value, isAllDay, GraphJson.RecipientProperty(item, "organizer"u8), attendees,
            GraphJson.Bool(item, "isCancelled"u8), isOrganizer, mine);
        return MapResult.Upsert(new CalendarItem(itemKind, meeting, string.IsNullOrEmpty(seriesMasterId) ? null : seriesMasterId));
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

using System.Globalization;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>How the events of one request are written.</summary>
/// <param name="Access">What the token may read: with <see cref="CalendarAccess.Basic"/> no body and no preview (GF-6).</param>
/// <param name="TimeZone">The zone asked for with <c>Prefer: outlook.timezone</c>, if any.</param>
/// <param name="OwnZoneByDefault">Without a preferred zone: each event's own zone (calendarView/delta, GF-5), else UTC.</param>
/// <param name="Select">The request's <c>$select</c>, if any.</param>
internal readonly record struct EventView(bool ImmutableId, CalendarAccess Access, string? TimeZone, bool OwnZoneByDefault, SelectQuery? Select);

/// <summary>
/// Writes Graph's <c>event</c> JSON: as stored (a skeleton occurrence stays a skeleton, GF-1), or an occurrence filled
/// from its master (GET of one occurrence, <c>instances</c>); without body and preview for a basic token (GF-6); with
/// start and end as Graph writes them (GF-5): seven fractional digits and no offset, in the zone asked for, else in
/// the event's own zone or UTC; all-day events midnight to midnight whatever the zone.
/// </summary>
internal static class EventJson
{
    private static readonly JsonEncodedText EventType = JsonEncodedText.Encode("#microsoft.graph.event");
    private static readonly int Body = FieldNames.GetOrAdd("body");
    private static readonly int BodyPreview = FieldNames.GetOrAdd("bodyPreview");
    private static readonly int[] Written =
        [FieldNames.Id, FieldNames.Start, FieldNames.End, FieldNames.GetOrAdd("@odata.type"), FieldNames.GetOrAdd("@odata.etag"), FieldNames.GetOrAdd("@odata.context")];

    private static readonly int[] WrittenBasic = [.. Written, Body, BodyPreview];

    /// <summary>What an occurrence never takes from its master.</summary>
    private static readonly int[] OwnFields =
    [
        .. Written, FieldNames.GetOrAdd("type"), FieldNames.GetOrAdd("seriesMasterId"), FieldNames.GetOrAdd("recurrence"),
        FieldNames.GetOrAdd("iCalUId"), FieldNames.GetOrAdd("originalStart"), FieldNames.GetOrAdd("changeKey"),
    ];

    private static readonly int[] OwnFieldsBasic = [.. OwnFields, Body, BodyPreview];

    /// <param name="master">The master to fill a skeleton occurrence from; null to write the item as stored.</param>
    public static void Write(Utf8JsonWriter writer, PageItem item, EventView view, JsonPayload? master = null)
    {
        var id = view.ImmutableId ? item.Id : ItemIds.ToRestId(item.Id, item.Scope);
        writer.WriteStartObject();
        writer.WriteString("@odata.type", EventType);
        if (item.Removed)
        {
            writer.WriteString("id", id);
            writer.WriteStartObject("@removed");
            writer.WriteString("reason", "deleted");
            writer.WriteEndObject();
            writer.WriteEndObject();
            return;
        }

        writer.WriteString("@odata.etag", "W/\"v" + item.Version.ToString(CultureInfo.InvariantCulture) + "\"");
        var basic = view.Access != CalendarAccess.Full;
        if (view.Select is { IsPresent: true } select)
        {
            WriteSelected(writer, item, view, master, select, basic);
        }
        else
        {
            if (master is not null)
            {
                // The occurrence's own fields win; an exception carries everything itself.
                master.WriteAll(writer, [.. basic ? OwnFieldsBasic : OwnFields, .. item.Payload!.FieldIds()]);
            }

            item.Payload!.WriteAll(writer, basic ? WrittenBasic : Written);
            WriteTime(writer, "start", item, view);
            WriteTime(writer, "end", item, view);
        }

        writer.WriteString("id", id);
        writer.WriteEndObject();
    }

    private static void WriteSelected(Utf8JsonWriter writer, PageItem item, EventView view, JsonPayload? master, SelectQuery select, bool basic)
    {
        foreach (var field in select.FieldIds)
        {
            if (field == FieldNames.Start || field == FieldNames.End)
            {
                WriteTime(writer, field == FieldNames.Start ? "start" : "end", item, view);
                continue;
            }

            if (basic && (field == Body || field == BodyPreview))
            {
                continue;
            }

            writer.WritePropertyName(FieldNames.Encoded(field));
            if (item.Payload!.TryGetRaw(field, out var raw) || (master is not null && !OwnFields.Contains(field) && master.TryGetRaw(field, out raw)))
            {
                writer.WriteRawValue(raw, skipInputValidation: true);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }

    private static void WriteTime(Utf8JsonWriter writer, string name, PageItem item, EventView view)
    {
        var clock = item.Traits?.Clock ?? EventClock.Utc(item.Start, item.End);
        var zone = view.TimeZone ?? (view.OwnZoneByDefault ? clock.Zone : "UTC");
        if (!EventTime.IsKnownZone(zone))
        {
            zone = "UTC";
        }

        var isStart = name == "start";
        var local = clock.IsAllDay
            ? (isStart ? clock.LocalStart : clock.LocalEnd)
            : EventTime.InZone(isStart ? item.Start : item.End, zone);
        writer.WriteStartObject(name);
        writer.WriteString("dateTime", EventTime.ToGraphDateTime(local));
        writer.WriteString("timeZone", zone);
        writer.WriteEndObject();
    }
}

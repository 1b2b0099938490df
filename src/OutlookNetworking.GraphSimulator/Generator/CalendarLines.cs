using System.Globalization;
using System.Text.Json;

namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>
/// Writes one mailbox's calendar in Exchange's shape (tenant-snapshot.md, graph-fidelity GF-1): a single meeting as a
/// full event; a recurring series as its master (the first occurrence's fields and times, plus <c>recurrence</c>),
/// a skeleton line per occurrence (id, type, master, times), and an exception (a full event) for an occurrence that
/// differs from its master (other people, cancelled, moved). A cancelled occurrence Graph no longer shows has no line.
/// Every full event carries a short agenda as body and preview, as real events do (served only to a token holding
/// Calendars.Read, GF-6).
/// </summary>
internal static class CalendarLines
{
    /// <summary>The id of a series' master in one mailbox (each attendee's copy of a series has its own ids).</summary>
    public static string MasterId(string seriesKey, int ordinal) => $"{seriesKey}-{ordinal:x4}";

    /// <summary>Writes the lines of <paramref name="meetings"/> (time order) through <paramref name="writeLine"/>; returns
    /// how many were written.</summary>
    public static long Write(List<MeetingRecord> meetings, Person user, int ordinal, DateTimeOffset now, Action<Action<Utf8JsonWriter>> writeLine)
    {
        var series = meetings.Where(m => m.SeriesMasterId is not null)
            .GroupBy(m => m.SeriesMasterId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var mastersWritten = new HashSet<string>(StringComparer.Ordinal);
        long lines = 0;
        for (var sequence = 0; sequence < meetings.Count; sequence++)
        {
            var meeting = meetings[sequence];
            var id = $"AAMkEv{ordinal:x4}{sequence:x6}";
            if (meeting.SeriesMasterId is not { } key)
            {
                writeLine(writer => WriteFull(writer, meeting, user, id, "singleInstance", null));
                lines++;
                continue;
            }

            var occurrences = series[key];
            var template = occurrences[0];
            var masterId = MasterId(key, ordinal);
            if (mastersWritten.Add(key))
            {
                writeLine(writer => WriteFull(writer, template, user, masterId, "seriesMaster", null, (occurrences, now)));
                lines++;
            }

            if (meeting.IsOmitted)
            {
                continue;
            }

            if (meeting.IsMoved || !SameAsMaster(meeting, template))
            {
                writeLine(writer => WriteFull(writer, meeting, user, id, "exception", masterId));
            }
            else
            {
                writeLine(writer => WriteSkeleton(writer, meeting, id, masterId));
            }

            lines++;
        }

        return lines;
    }

    private static bool SameAsMaster(MeetingRecord occurrence, MeetingRecord master) =>
        occurrence.Subject == master.Subject
        && ReferenceEquals(occurrence.Organizer, master.Organizer)
        && occurrence.Attendees.SequenceEqual(master.Attendees)
        && occurrence.ExtraAttendees.SequenceEqual(master.ExtraAttendees)
        && ReferenceEquals(occurrence.Room, master.Room)
        && occurrence.IsCancelled == master.IsCancelled
        && ReferenceEquals(occurrence.Responses, master.Responses)
        && occurrence.Duration == master.Duration;

    private static void WriteSkeleton(Utf8JsonWriter writer, MeetingRecord meeting, string id, string masterId)
    {
        writer.WriteStartObject();
        writer.WriteString("@odata.type", "#microsoft.graph.event");
        writer.WriteString("@odata.etag", "W/\"" + StableHash.Hex(id, 8) + "\"");
        writer.WriteString("id", id);
        writer.WriteString("type", "occurrence");
        writer.WriteString("seriesMasterId", masterId);
        SnapshotWriter.WriteTime(writer, "start", meeting.Start);
        SnapshotWriter.WriteTime(writer, "end", meeting.Start + meeting.Duration);
        writer.WriteEndObject();
    }

    /// <param name="series">A master's occurrences (its first is <paramref name="meeting"/>) and now: its recurrence.</param>
    private static void WriteFull(Utf8JsonWriter writer, MeetingRecord meeting, Person user, string id, string type, string? masterId,
        (List<MeetingRecord> Occurrences, DateTimeOffset Now)? series = null)
    {
        var invited = meeting.Start.AddDays(-2);
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("iCalUId", "ical-" + StableHash.Hex(type == "seriesMaster" ? "master|" + meeting.SeriesMasterId : meeting.Key, 16));
        writer.WriteString("subject", meeting.Subject);
        writer.WriteString("bodyPreview", "Agenda: " + meeting.Subject);
        writer.WriteStartObject("body");
        writer.WriteString("contentType", "text");
        writer.WriteString("content", "Agenda: " + meeting.Subject + ". Notes to follow.");
        writer.WriteEndObject();
        SnapshotWriter.WriteTime(writer, "start", meeting.Start);
        SnapshotWriter.WriteTime(writer, "end", meeting.Start + meeting.Duration);
        writer.WritePropertyName("organizer");
        SnapshotWriter.WriteAddress(writer, meeting.Organizer.AsRecipient);
        var isOrganizer = ReferenceEquals(meeting.Organizer, user);
        writer.WriteBoolean("isOrganizer", isOrganizer);
        writer.WriteStartArray("attendees");
        var attendeeType = meeting.Attendees.Count + meeting.ExtraAttendees.Count > 20 ? "optional" : "required";
        foreach (var attendee in meeting.Attendees)
        {
            WriteAttendee(writer, attendeeType, Response(meeting, attendee.Address), invited, attendee.AsRecipient);
        }

        foreach (var extra in meeting.ExtraAttendees)
        {
            WriteAttendee(writer, attendeeType, Response(meeting, extra.Address ?? string.Empty), invited, extra);
        }

        if (meeting.Room is not null)
        {
            WriteAttendee(writer, "resource", "accepted", invited, meeting.Room.AsRecipient);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("responseStatus");
        writer.WriteString("response", isOrganizer ? "organizer" : user.Role == PersonRole.Room ? "accepted" : Response(meeting, user.Address));
        writer.WriteString("time", SnapshotWriter.Instant(invited.AddHours(1)));
        writer.WriteEndObject();
        writer.WriteBoolean("isCancelled", meeting.IsCancelled);
        writer.WriteBoolean("isOnlineMeeting", meeting.Room is null);
        writer.WriteString("type", type);
        if (masterId is null)
        {
            writer.WriteNull("seriesMasterId");
        }
        else
        {
            writer.WriteString("seriesMasterId", masterId);
        }

        if (series is { } recurring)
        {
            WriteRecurrence(writer, recurring.Occurrences, recurring.Now);
        }

        writer.WriteStartArray("locations");
        if (meeting.Room is not null)
        {
            writer.WriteStartObject();
            writer.WriteString("displayName", meeting.Room.Name);
            writer.WriteString("locationType", "conferenceRoom");
            writer.WriteString("locationEmailAddress", meeting.Room.Address);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Graph's <c>patternedRecurrence</c>: weekly when the occurrences are whole weeks apart, else daily; ending
    /// at the last occurrence when the series has ended, else without end.</summary>
    private static void WriteRecurrence(Utf8JsonWriter writer, List<MeetingRecord> occurrences, DateTimeOffset now)
    {
        var first = occurrences[0].Start;
        var last = occurrences[^1].Start;
        var days = occurrences.Count > 1 ? Math.Max(1, (int)Math.Round((occurrences[1].Start - first).TotalDays)) : 7;
        writer.WriteStartObject("recurrence");
        writer.WriteStartObject("pattern");
        if (days % 7 == 0)
        {
            writer.WriteString("type", "weekly");
            writer.WriteNumber("interval", days / 7);
            writer.WriteStartArray("daysOfWeek");
            writer.WriteStringValue(first.DayOfWeek.ToString().ToLowerInvariant());
            writer.WriteEndArray();
            writer.WriteString("firstDayOfWeek", "sunday");
        }
        else
        {
            writer.WriteString("type", "daily");
            writer.WriteNumber("interval", days);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("range");
        var ended = last < now;
        writer.WriteString("type", ended ? "endDate" : "noEnd");
        writer.WriteString("startDate", first.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("endDate", ended ? last.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "0001-01-01");
        writer.WriteString("recurrenceTimeZone", "UTC");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string Response(MeetingRecord meeting, string address) =>
        meeting.Responses is not null && meeting.Responses.TryGetValue(address, out var response) ? response : "accepted";

    private static void WriteAttendee(Utf8JsonWriter writer, string type, string response, DateTimeOffset time, Recipient who)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WriteStartObject("status");
        writer.WriteString("response", response);
        writer.WriteString("time", SnapshotWriter.Instant(time));
        writer.WriteEndObject();
        writer.WritePropertyName("emailAddress");
        SnapshotWriter.WriteEmail(writer, who);
        writer.WriteEndObject();
    }
}

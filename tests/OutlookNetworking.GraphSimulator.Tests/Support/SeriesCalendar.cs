using System.Globalization;
using System.Text.Json.Nodes;

namespace OutlookNetworking.GraphSimulator.Tests.Support;

/// <summary>
/// A one-mailbox snapshot whose calendar is in Graph's shape (tenant-snapshot.md): a weekly series whose master
/// started in January 2023 (long before any window), skeleton occurrences every Tuesday from April to the end of July
/// 2025, one occurrence moved a day (an exception), one cancelled (absent); a fortnightly series that began inside
/// the window (May 2025); a single instance in another zone, an all-day event, and an occurrence whose master is in
/// no line (a deleted series). Now is 2025-06-30T18:00Z.
/// </summary>
internal static class SeriesCalendar
{
    public const string MasterId = "m-weekly";
    public const string FortnightMasterId = "m-fortnight";
    public const string GoneMasterId = "m-gone";
    public const string OrphanId = "o-gone-20250617";
    public const string MovedId = "o-weekly-20250603";
    public const string SingleId = "single-berlin";
    public const string AllDayId = "allday-offsite";
    public const string Window = "startDateTime=2025-05-01T00:00:00Z&endDateTime=2025-08-01T00:00:00Z";

    /// <summary>The Tuesdays of the series in the snapshot: 2025-04-01 to 2025-07-29, without the cancelled 2025-06-10.</summary>
    public static IReadOnlyList<DateTime> Tuesdays { get; } =
        [.. Enumerable.Range(0, 18).Select(w => new DateTime(2025, 4, 1).AddDays(7 * w)).Where(d => d != new DateTime(2025, 6, 10))];

    /// <summary>The Wednesdays of the fortnightly series: 2025-05-07 to 2025-07-30.</summary>
    public static IReadOnlyList<DateTime> FortnightDays { get; } = [.. Enumerable.Range(0, 7).Select(w => new DateTime(2025, 5, 7).AddDays(14 * w))];

    public static string OccurrenceId(DateTime day) => "o-weekly-" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Url(string relative = "") => $"/users/{SnapshotBuilder.UserId}{relative}";

    public static string DeltaUrl => Url("/calendarView/delta?" + Window);

    public static SnapshotBuilder Write()
    {
        var builder = new SnapshotBuilder();
        var lines = new List<string> { Master().ToJsonString() };
        foreach (var day in Tuesdays)
        {
            lines.Add(day == new DateTime(2025, 6, 3) ? Moved().ToJsonString() : Skeleton(OccurrenceId(day), MasterId, day.AddHours(10)).ToJsonString());
        }

        var fortnight = Master();
        fortnight["id"] = FortnightMasterId;
        fortnight["subject"] = "Fortnightly review";
        fortnight["start"] = Time(new DateTime(2025, 5, 7, 14, 0, 0));
        fortnight["end"] = Time(new DateTime(2025, 5, 7, 14, 30, 0));
        lines.Add(fortnight.ToJsonString());
        foreach (var day in FortnightDays)
        {
            lines.Add(Skeleton("o-fortnight-" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture), FortnightMasterId, day.AddHours(14)).ToJsonString());
        }

        lines.Add(Skeleton(OrphanId, GoneMasterId, new DateTime(2025, 6, 17, 15, 0, 0)).ToJsonString());
        lines.Add(Single().ToJsonString());
        lines.Add(AllDay().ToJsonString());
        return builder.Events([.. lines]);
    }

    public static JsonObject Master() => new()
    {
        ["id"] = MasterId,
        ["type"] = "seriesMaster",
        ["subject"] = "Weekly 1:1",
        ["bodyPreview"] = "Standing agenda",
        ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "Standing agenda: goals, blockers." },
        ["start"] = Time(new DateTime(2023, 1, 3, 10, 0, 0)),
        ["end"] = Time(new DateTime(2023, 1, 3, 10, 30, 0)),
        ["isAllDay"] = false,
        ["organizer"] = Person("Olga Ortiz", "olga@test.example"),
        ["isOrganizer"] = false,
        ["attendees"] = new JsonArray(Attendee("Tess", "tess@test.example"), Attendee("Olga Ortiz", "olga@test.example")),
        ["responseStatus"] = new JsonObject { ["response"] = "accepted", ["time"] = "2023-01-01T10:00:00Z" },
        ["isCancelled"] = false,
        ["locations"] = new JsonArray(new JsonObject { ["displayName"] = "Room 2.1", ["locationType"] = "conferenceRoom" }),
        ["recurrence"] = new JsonObject
        {
            ["pattern"] = new JsonObject { ["type"] = "weekly", ["interval"] = 1, ["daysOfWeek"] = new JsonArray("tuesday"), ["firstDayOfWeek"] = "sunday" },
            ["range"] = new JsonObject { ["type"] = "noEnd", ["startDate"] = "2023-01-03", ["recurrenceTimeZone"] = "UTC" },
        },
    };

    public static JsonObject Skeleton(string id, string masterId, DateTime start) => new()
    {
        ["@odata.type"] = "#microsoft.graph.event",
        ["@odata.etag"] = "W/\"x\"",
        ["id"] = id,
        ["type"] = "occurrence",
        ["seriesMasterId"] = masterId,
        ["start"] = Time(start),
        ["end"] = Time(start.AddMinutes(30)),
    };

    public static JsonObject Person(string name, string address) =>
        new() { ["emailAddress"] = new JsonObject { ["name"] = name, ["address"] = address } };

    public static JsonObject Time(DateTime wallClock, string zone = "UTC") => new()
    {
        ["dateTime"] = wallClock.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        ["timeZone"] = zone,
    };

    private static JsonObject Moved()
    {
        var moved = Master();
        moved.Remove("recurrence");
        moved["id"] = MovedId;
        moved["type"] = "exception";
        moved["seriesMasterId"] = MasterId;
        moved["start"] = Time(new DateTime(2025, 6, 4, 10, 0, 0));
        moved["end"] = Time(new DateTime(2025, 6, 4, 10, 30, 0));
        return moved;
    }

    private static JsonObject Single() => new()
    {
        ["id"] = SingleId,
        ["type"] = "singleInstance",
        ["subject"] = "Berlin visit",
        ["start"] = Time(new DateTime(2025, 6, 20, 9, 0, 0), "W. Europe Standard Time"),
        ["end"] = Time(new DateTime(2025, 6, 20, 10, 0, 0), "W. Europe Standard Time"),
        ["organizer"] = Person("Tess", "tess@test.example"),
        ["isOrganizer"] = true,
        ["attendees"] = new JsonArray(Attendee("Bruno", "bruno@partner.example")),
    };

    private static JsonObject AllDay() => new()
    {
        ["id"] = AllDayId,
        ["type"] = "singleInstance",
        ["subject"] = "Offsite",
        ["isAllDay"] = true,
        ["start"] = Time(new DateTime(2025, 6, 24), "Pacific Standard Time"),
        ["end"] = Time(new DateTime(2025, 6, 25), "Pacific Standard Time"),
        ["organizer"] = Person("Tess", "tess@test.example"),
        ["attendees"] = new JsonArray(),
    };

    private static JsonObject Attendee(string name, string address)
    {
        var attendee = Person(name, address);
        attendee["type"] = "required";
        attendee["status"] = new JsonObject { ["response"] = "accepted", ["time"] = "2023-01-01T10:00:00Z" };
        return attendee;
    }
}

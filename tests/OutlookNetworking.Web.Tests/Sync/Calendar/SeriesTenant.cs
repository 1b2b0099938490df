using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookNetworking.Web.Tests.Sync.Calendar;

/// <summary>
/// A one-mailbox tenant whose calendar is in Graph's real shape (graph-fidelity GF-1..GF-6), written for the product's
/// calendar tests: a weekly 1:1 organised by Olga whose master began in January 2023 (long before the window), skeleton
/// occurrences every Tuesday from March to July 2025, the 3 June one moved to the 4th (an exception), the 10 June one
/// cancelled (absent); a fortnightly review with Bruno that began inside the window (May 2025); an occurrence whose
/// series has no master (deleted); a meeting in Berlin time; an all-day offsite written in Pacific time. Every full event
/// carries content (subject, location, body, preview) holding <see cref="Secret"/>. Now is 2025-06-30T18:00Z.
/// </summary>
internal sealed class SeriesTenant : IDisposable
{
    public const string Secret = "SECRET-CALENDAR-CONTENT";
    public const string TessId = "0c1d2e3f-0000-4000-8000-000000000001";
    public const string Tess = "tess@fabrikam.example";
    public const string Olga = "olga@partner.example";
    public const string Bruno = "bruno@partner.example";
    public const string WeeklyMaster = "m-weekly";
    public const string FortnightMaster = "m-fortnight";
    public const string MovedId = "o-weekly-20250603";
    public const string BerlinId = "single-berlin";
    public const string AllDayId = "allday-offsite";

    public SeriesTenant()
    {
        Path = Directory.CreateTempSubdirectory("on-series-tenant-").FullName;
        File.WriteAllText(System.IO.Path.Combine(Path, "tenant.json"),
            """{"tenantId":"5e7a1b2c-0000-4000-8000-00000000abcd","displayName":"Fabrikam","domains":["fabrikam.example"],"now":"2025-06-30T18:00:00Z"}""");
        File.WriteAllText(System.IO.Path.Combine(Path, "users.json"), $$"""
            {"value":[{"id":"{{TessId}}","displayName":"Tess","mail":"{{Tess}}","userPrincipalName":"{{Tess}}","userType":"Member",
            "mailboxSettings":{"timeZone":"UTC","userPurpose":"user"} } ]}
            """);
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(Path, "mailboxes", TessId)).FullName;
        File.WriteAllLines(System.IO.Path.Combine(folder, "events.jsonl"), Lines());
    }

    public string Path { get; }

    /// <summary>The weekly series' Tuesdays in the snapshot (the cancelled 10 June is not among them).</summary>
    public static IReadOnlyList<DateTime> Tuesdays { get; } =
        [.. Enumerable.Range(0, 22).Select(w => new DateTime(2025, 3, 4).AddDays(7 * w)).Where(d => d != new DateTime(2025, 6, 10))];

    public static IReadOnlyList<DateTime> FortnightDays { get; } = [.. Enumerable.Range(0, 7).Select(w => new DateTime(2025, 5, 7).AddDays(14 * w))];

    public static string WeeklyId(DateTime day) => "o-weekly-" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string FortnightId(DateTime day) => "o-fortnight-" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>A JWT-shaped app-only token carrying application roles (the simulator reads the claim; unsigned).</summary>
    public static string TokenWithRoles(params string[] roles)
    {
        static string Part(object value) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
        return Part(new { alg = "none", typ = "JWT" }) + "." + Part(new { idtyp = "app", roles }) + ".x";
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private static IEnumerable<string> Lines()
    {
        yield return Full(WeeklyMaster, "seriesMaster", new DateTime(2023, 1, 3, 10, 0, 0), 30, Olga, "Olga Ortiz", null, recurrence: true).ToJsonString();
        foreach (var day in Tuesdays)
        {
            yield return day == new DateTime(2025, 6, 3)
                ? Full(MovedId, "exception", new DateTime(2025, 6, 4, 10, 0, 0), 30, Olga, "Olga Ortiz", WeeklyMaster).ToJsonString()
                : Skeleton(WeeklyId(day), WeeklyMaster, day.AddHours(10)).ToJsonString();
        }

        yield return Full(FortnightMaster, "seriesMaster", new DateTime(2025, 5, 7, 14, 0, 0), 30, Bruno, "Bruno Berg", null, recurrence: true).ToJsonString();
        foreach (var day in FortnightDays)
        {
            yield return Skeleton(FortnightId(day), FortnightMaster, day.AddHours(14)).ToJsonString();
        }

        yield return Skeleton("o-gone-20250617", "m-gone", new DateTime(2025, 6, 17, 15, 0, 0)).ToJsonString();
        var berlin = Full(BerlinId, "singleInstance", new DateTime(2025, 6, 20, 9, 0, 0), 60, "carla@partner.example", "Carla", null);
        berlin["start"]!["timeZone"] = "W. Europe Standard Time";
        berlin["end"]!["timeZone"] = "W. Europe Standard Time";
        yield return berlin.ToJsonString();
        var allDay = Full(AllDayId, "singleInstance", new DateTime(2025, 6, 24), 24 * 60, "dan@partner.example", "Dan", null);
        allDay["isAllDay"] = true;
        allDay["start"]!["timeZone"] = "Pacific Standard Time";
        allDay["end"]!["timeZone"] = "Pacific Standard Time";
        yield return allDay.ToJsonString();
    }

    private static JsonObject Skeleton(string id, string masterId, DateTime start) => new()
    {
        ["@odata.type"] = "#microsoft.graph.event", ["@odata.etag"] = "W/\"1\"", ["id"] = id, ["type"] = "occurrence",
        ["seriesMasterId"] = masterId, ["start"] = Time(start), ["end"] = Time(start.AddMinutes(30)),
    };

    private static JsonObject Full(string id, string type, DateTime start, int minutes, string other, string otherName, string? masterId,
        bool recurrence = false)
    {
        var organizerIsOther = type != "singleInstance";
        var item = new JsonObject
        {
            ["id"] = id, ["type"] = type, ["seriesMasterId"] = masterId,
            ["subject"] = $"{Secret} subject of {id}",
            ["bodyPreview"] = $"{Secret} preview of {id}",
            ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = $"{Secret} body of {id}" },
            ["locations"] = new JsonArray(new JsonObject { ["displayName"] = $"{Secret} room of {id}" }),
            ["start"] = Time(start), ["end"] = Time(start.AddMinutes(minutes)), ["isAllDay"] = false,
            ["organizer"] = Person(organizerIsOther ? otherName : "Tess", organizerIsOther ? other : Tess),
            ["isOrganizer"] = !organizerIsOther,
            ["attendees"] = new JsonArray(Attendee("Tess", Tess), Attendee(otherName, other)),
            ["responseStatus"] = new JsonObject { ["response"] = organizerIsOther ? "accepted" : "organizer", ["time"] = "2023-01-01T10:00:00Z" },
            ["isCancelled"] = false,
        };
        if (recurrence)
        {
            item["recurrence"] = new JsonObject
            {
                ["pattern"] = new JsonObject { ["type"] = "weekly", ["interval"] = 1, ["daysOfWeek"] = new JsonArray(start.DayOfWeek.ToString().ToLowerInvariant()) },
                ["range"] = new JsonObject { ["type"] = "noEnd", ["startDate"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            };
        }

        return item;
    }

    private static JsonObject Time(DateTime wallClock) => new()
    {
        ["dateTime"] = wallClock.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture), ["timeZone"] = "UTC",
    };

    private static JsonObject Person(string name, string address) => new() { ["emailAddress"] = new JsonObject { ["name"] = name, ["address"] = address } };

    private static JsonObject Attendee(string name, string address)
    {
        var attendee = Person(name, address);
        attendee["type"] = "required";
        attendee["status"] = new JsonObject { ["response"] = "accepted", ["time"] = "2023-01-01T10:00:00Z" };
        return attendee;
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace OutlookNetworking.GraphSimulator.Tests.Fuzz;

/// <summary>
/// Seeded generator of <c>messages.jsonl</c> and <c>events.jsonl</c> lines, good and malformed. Which lines are
/// kept follows tenant-snapshot.md: a line is one JSON object; a message needs an id, a folder and at least one
/// ISO 8601 date; an event needs an id, a known type (single instance, series master, occurrence, exception)
/// and readable start and end (end not before start); ids are unique per file. Everything else is optional and must not cost the line.
/// </summary>
internal static class MalformedSnapshotLines
{
    private static readonly string[] OddText =
    [
        "\u202Eevil\u202C", "zero\u200Bwidth", "e\u0301\u0301", "\U0001F600", "日本語", "\"quoted\"", "<b>tag</b>", "\uFEFFbom", "tab\there",
    ];

    private static readonly string[] OddAddresses =
    [
        "", "not an address", "@", "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=ben", "ünï@exämple.example",
        "UPPER@CONTOSO.EXAMPLE", "<a@b.example>",
    ];

    public static IEnumerable<FuzzLine> Messages(int seed, int count)
    {
        var random = new Random(seed);
        var original = $"m{seed}-original";
        yield return Keep("plain (later lines repeat its id)", Message(original, random));
        for (var i = 1; i < count; i++)
        {
            var id = $"m{seed}-{i}";
            var message = Message(id, random);
            yield return random.Next(18) switch
            {
                0 => Keep("plain", message),
                1 => Keep("odd unicode and addresses", With(message, m =>
                {
                    m["subject"] = Pick(random, OddText);
                    m["from"] = Recipient(Pick(random, OddText), Pick(random, OddAddresses));
                })),
                2 => Keep("huge recipient list", With(message, m => m["toRecipients"] = new JsonArray(
                    Enumerable.Range(0, 4_000).Select(n => (JsonNode?)Recipient("R", $"r{n}@bulk.example")).ToArray()))),
                3 => Keep("1 MB subject", With(message, m => m["subject"] = new string('s', 1 << 20))),
                4 => Keep("nulls and wrong types in optional fields", With(message, m =>
                {
                    m["from"] = null; m["conversationId"] = 5; m["toRecipients"] = "x"; m["isDraft"] = "no"; m["inferenceClassification"] = null;
                })),
                5 => Keep("only a received date", With(message, m => m.Remove("sentDateTime"))),
                6 => Bad("invalid JSON", "{\"id\":\"" + id + "\",\"sentDateTime\":"),
                7 => Bad("not an object", Pick(random, ["[]", "42", "\"text\"", "null", "true"])),
                8 => Bad("id missing or blank", With(message, m => m["id"] = Pick<JsonNode?>(random, [null, "", "   "])).ToJsonString()),
                9 => Bad("folder missing", With(message, m => m.Remove("parentFolderId")).ToJsonString()),
                10 => Bad("no date at all", With(message, m => { m.Remove("sentDateTime"); m["receivedDateTime"] = null; }).ToJsonString()),
                11 => Bad("dates not ISO 8601", With(message, m => m["sentDateTime"] = Pick<JsonNode?>(random, ["yesterday", "2025-13-45T99:00:00Z", JsonValue.Create(1_719_000_000), new JsonObject()])).ToJsonString()),
                12 => Bad("duplicate id", Message(original, random).ToJsonString()),
                13 => Bad("truncated line", message.ToJsonString()[..(message.ToJsonString().Length / 2)]),
                14 => Bad("binary garbage", Encoding.Latin1.GetString([0x7B, 0x00, 0xFF, 0xFE, 0x22])),
                15 => Bad("nested too deep", "{\"id\":\"" + id + "\",\"x\":" + new string('[', 200) + new string(']', 200) + "}"),
                _ => Keep("extra unknown fields", With(message, m => m["extension"] = new JsonObject { ["a"] = new JsonArray(1, 2, new JsonObject()) })),
            };
        }
    }

    public static IEnumerable<FuzzLine> Events(int seed, int count)
    {
        var random = new Random(seed + 1000);
        for (var i = 0; i < count; i++)
        {
            var id = $"e{seed}-{i}";
            var calendarEvent = Event(id, random);
            yield return random.Next(13) switch
            {
                0 => Keep("plain", calendarEvent),
                1 => Keep("Windows and IANA zones", With(calendarEvent, e =>
                {
                    var zone = Pick(random, ["Pacific Standard Time", "Europe/Berlin", "Asia/Kolkata"]);
                    e["start"]!["timeZone"] = zone;
                    e["end"]!["timeZone"] = zone;
                })),
                2 => Keep("thousands of attendees", With(calendarEvent, e => e["attendees"] = new JsonArray(
                    Enumerable.Range(0, 3_000).Select(n => (JsonNode?)new JsonObject { ["type"] = "required", ["emailAddress"] = new JsonObject { ["address"] = $"a{n}@big.example" } }).ToArray()))),
                3 => Keep("odd unicode, no organizer", With(calendarEvent, e => { e.Remove("organizer"); e["subject"] = Pick(random, OddText); })),
                4 => Bad("start missing", With(calendarEvent, e => e.Remove("start")).ToJsonString()),
                5 => Bad("start not a date", With(calendarEvent, e => e["start"]!["dateTime"] = Pick(random, ["soon", "2025-02-30T25:00:00"])).ToJsonString()),
                6 => Bad("unknown time zone", With(calendarEvent, e => e["end"]!["timeZone"] = "Mars/Olympus_Mons").ToJsonString()),
                7 => Bad("end before start", With(calendarEvent, e => e["end"]!["dateTime"] = "2000-01-01T00:00:00.0000000").ToJsonString()),
                8 => Keep("series master", With(calendarEvent, e => e["type"] = "seriesMaster")),
                11 => Bad("unknown type", With(calendarEvent, e => e["type"] = Pick(random, ["meeting", "Occurrence "])).ToJsonString()),
                9 => Bad("invalid JSON", "{\"id\":\"" + id + "\",\"start\":{"),
                10 => Bad("id missing", With(calendarEvent, e => e.Remove("id")).ToJsonString()),
                _ => Keep("all-day", With(calendarEvent, e => e["isAllDay"] = true)),
            };
        }
    }

    private static JsonObject Message(string id, Random random)
    {
        var at = new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(-random.Next(200_000)).ToString("o", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["id"] = id, ["conversationId"] = "c-" + id, ["subject"] = "Hi", ["from"] = Recipient("A", "a@contoso.example"),
            ["toRecipients"] = new JsonArray(Recipient("B", "b@contoso.example")), ["ccRecipients"] = new JsonArray(),
            ["sentDateTime"] = at, ["receivedDateTime"] = at, ["isDraft"] = false, ["inferenceClassification"] = "focused",
            ["parentFolderId"] = Pick(random, ["inbox", "sentitems", "archive", "Projects"]),
        };
    }

    private static JsonObject Event(string id, Random random)
    {
        var start = new DateTime(2025, 6, 1, 9, 0, 0, DateTimeKind.Unspecified).AddHours(-random.Next(5_000));
        return new JsonObject
        {
            ["id"] = id, ["subject"] = "Sync",
            ["start"] = new JsonObject { ["dateTime"] = start.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
            ["end"] = new JsonObject { ["dateTime"] = start.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
            ["organizer"] = Recipient("O", "o@contoso.example"), ["attendees"] = new JsonArray(), ["type"] = "singleInstance",
        };
    }

    private static JsonObject Recipient(string name, string address) =>
        new() { ["emailAddress"] = new JsonObject { ["name"] = name, ["address"] = address } };

    private static T Pick<T>(Random random, IReadOnlyList<T> options) => options[random.Next(options.Count)];

    private static JsonObject With(JsonObject item, Action<JsonObject> change)
    {
        change(item);
        return item;
    }

    private static FuzzLine Keep(string mutation, JsonObject item) => new(item.ToJsonString(), mutation, Keep: true);

    private static FuzzLine Bad(string mutation, string text) => new(text, mutation, Keep: false);
}

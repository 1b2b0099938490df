using System.Globalization;
using System.Text.Json.Nodes;

namespace OutlookNetworking.Graph.Tests.Fuzz;

/// <summary>
/// Seeded generator of calendarView <c>event</c> delta items, good and malformed. Expected outcomes follow Graph's
/// contract: an event (single instance, series master, occurrence, exception) needs a string id and a readable start
/// and end (a dateTimeTimeZone with a real zone); attendees, organizer and flags are optional; an occurrence may be a
/// skeleton (graph-fidelity GF-1).
/// </summary>
internal static class MalformedEvents
{
    private static readonly DateTime Base = new(2025, 6, 1, 9, 0, 0, DateTimeKind.Unspecified);

    public static IEnumerable<FuzzCase> Generate(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var id = $"e-{seed}-{i}";
            yield return random.Next(20) switch
            {
                0 => Keep(id, "plain", Good(id, random)),
                1 => Keep(id, "Windows and IANA zones", With(Good(id, random), e =>
                {
                    var zone = MalformedMessages.Pick(random, ["Pacific Standard Time", "W. Europe Standard Time", "Europe/Berlin", "Asia/Tokyo", "Etc/UTC"]);
                    e["start"]!["timeZone"] = zone;
                    e["end"]!["timeZone"] = zone;
                })),
                2 => Keep(id, "thousands of attendees", With(Good(id, random), e => e["attendees"] = new JsonArray(
                    Enumerable.Range(0, 3_000 + random.Next(3_000)).Select(n => (JsonNode?)Attendee(random, $"a{n}@big.example")).ToArray()))),
                3 => Keep(id, "attendees of the wrong shape", With(Good(id, random), e => e["attendees"] = new JsonArray(
                    null, 1, "x", new JsonObject(), new JsonObject { ["emailAddress"] = null, ["type"] = 5 },
                    new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = "ok@x.example" }, ["status"] = "accepted" }))),
                4 => Keep(id, "no organizer, odd unicode", With(Good(id, random), e =>
                {
                    e.Remove("organizer");
                    e["subject"] = MalformedMessages.Pick(random, FuzzText.OddNames);
                    e["attendees"] = new JsonArray(Attendee(random, MalformedMessages.Pick(random, FuzzText.OddAddresses)));
                })),
                5 => Keep(id, "end before start", With(Good(id, random), e => e["end"]!["dateTime"] = Graph(Base.AddDays(-3)))),
                6 => Keep(id, "1 MB subject", With(Good(id, random), e => e["subject"] = FuzzText.Megabyte(random))),
                7 => Keep(id, "wrong types in optional fields", With(Good(id, random), e =>
                {
                    e["isOrganizer"] = "true"; e["isCancelled"] = 1; e["isAllDay"] = null; e["responseStatus"] = "accepted"; e["type"] = 3;
                })),
                8 => Remove(id, "removed", new JsonObject { ["id"] = id, ["@removed"] = new JsonObject { ["reason"] = "deleted" } }),
                9 => Skip("not an object", MalformedMessages.Pick<JsonNode?>(random, [JsonValue.Create(0), JsonValue.Create("event"), new JsonArray(), null])),
                10 => Skip("id missing or not a string", With(Good(id, random), e => e["id"] = MalformedMessages.Pick<JsonNode?>(random, [null, "", JsonValue.Create(7), new JsonArray()]))),
                11 => Skip("start missing", With(Good(id, random), e => e.Remove("start"))),
                12 => Skip("start of the wrong type", With(Good(id, random), e => e["start"] = MalformedMessages.Pick<JsonNode?>(random, ["2025-06-01T09:00:00", JsonValue.Create(5), new JsonArray(), null]))),
                13 => Skip("start not a date", With(Good(id, random), e => e["start"]!["dateTime"] = MalformedMessages.Pick<JsonNode?>(random, ["tomorrow", "2025-02-30T25:61:00", JsonValue.Create(1), null]))),
                14 => Skip("unknown time zone", With(Good(id, random), e => e["end"]!["timeZone"] = MalformedMessages.Pick(random, ["Mars/Olympus_Mons", "Not A Zone", "UTC+99"]))),
                15 => Skip("dates out of range", With(Good(id, random), e =>
                {
                    e["start"]!["dateTime"] = MalformedMessages.Pick(random, ["0001-01-01T00:00:00.0000000", "9999-12-31T00:00:00.0000000", "1601-01-01T00:00:00.0000000"]);
                    e["end"]!["dateTime"] = e["start"]!["dateTime"]!.GetValue<string>();
                })),
                16 => Keep(id, MalformedMessages.Pick(random, ["series master", "skeleton occurrence"]), With(Good(id, random), e =>
                {
                    e["type"] = random.Next(2) == 0 ? "seriesMaster" : "occurrence";
                    if (e["type"]!.GetValue<string>() == "occurrence")
                    {
                        e["seriesMasterId"] = "master-" + id;
                        e.Remove("organizer");
                        e.Remove("attendees");
                    }
                })),
                17 => Skip("id of 100,000 characters", With(Good(id, random), e => e["id"] = new string('E', 100_000))),
                18 => Skip("end missing", With(Good(id, random), e => e["end"] = null)),
                _ => Keep(id, "all-day event", With(Good(id, random), e => e["isAllDay"] = true)),
            };
        }
    }

    private static JsonObject Good(string id, Random random)
    {
        var start = Base.AddHours(-random.Next(8_000));
        return new JsonObject
        {
            ["id"] = id,
            ["subject"] = "Sync",
            ["start"] = new JsonObject { ["dateTime"] = Graph(start), ["timeZone"] = "UTC" },
            ["end"] = new JsonObject { ["dateTime"] = Graph(start.AddMinutes(30)), ["timeZone"] = "UTC" },
            ["organizer"] = MalformedMessages.Recipient(random),
            ["attendees"] = new JsonArray(Attendee(random, null), Attendee(random, null)),
            ["isOrganizer"] = false,
            ["isCancelled"] = false,
            ["type"] = "singleInstance",
        };
    }

    private static JsonObject Attendee(Random random, string? address) => new()
    {
        ["type"] = "required",
        ["status"] = new JsonObject { ["response"] = "accepted" },
        ["emailAddress"] = new JsonObject { ["name"] = "A", ["address"] = address ?? $"p{random.Next(1000)}@contoso.example" },
    };

    private static string Graph(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    private static JsonObject With(JsonObject item, Action<JsonObject> change)
    {
        change(item);
        return item;
    }

    private static FuzzCase Keep(string id, string mutation, JsonNode item) => new(item, mutation, FuzzOutcome.Keep, id);

    private static FuzzCase Remove(string id, string mutation, JsonNode item) => new(item, mutation, FuzzOutcome.Remove, id);

    private static FuzzCase Skip(string mutation, JsonNode? item) => new(item, mutation, FuzzOutcome.Skip, null);
}

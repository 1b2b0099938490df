using System.Globalization;
using System.Text.Json.Nodes;

namespace OutlookNetworking.Graph.Tests.Fuzz;

/// <summary>
/// Seeded generator of Graph <c>message</c> delta items, good and malformed. The expected outcome of each
/// mutation follows Graph's contract, not the mapper: an item needs an object with a string id (Graph ids are
/// at most a few hundred characters) and a sent or received instant a mailbox can hold; everything else
/// (names, addresses, recipients, flags, unknown fields) is optional and must not cost the item.
/// </summary>
internal static class MalformedMessages
{
    private static readonly DateTimeOffset Base = new(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public static IEnumerable<FuzzCase> Generate(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var id = $"m-{seed}-{i}";
            yield return (random.Next(24)) switch
            {
                0 => Keep(id, "plain", Good(id, random)),
                1 => Keep(id, "odd unicode names", With(Good(id, random), m => m["from"] = Recipient(random, name: Pick(random, FuzzText.OddNames)))),
                2 => Keep(id, "invalid and X500 addresses", With(Good(id, random), m => m["toRecipients"] = new JsonArray(
                    Enumerable.Range(0, 5).Select(_ => (JsonNode?)Recipient(random, address: Pick(random, FuzzText.OddAddresses))).ToArray()))),
                3 => Keep(id, "huge recipient list", With(Good(id, random), m => m["toRecipients"] = new JsonArray(
                    Enumerable.Range(0, 5_000 + random.Next(5_000)).Select(n => (JsonNode?)Recipient(random, address: $"r{n}@bulk.example")).ToArray()))),
                4 => Keep(id, "1 MB subject", With(Good(id, random), m => m["subject"] = FuzzText.Megabyte(random))),
                5 => Keep(id, "recipients of the wrong shape", With(Good(id, random), m =>
                {
                    m["toRecipients"] = new JsonArray(1, "text", null, new JsonArray(), new JsonObject(), new JsonObject { ["emailAddress"] = "x@y.example" });
                    m["ccRecipients"] = "not a list";
                    m["bccRecipients"] = 42;
                })),
                6 => Keep(id, "nulls in optional fields", With(Good(id, random), m =>
                {
                    m["from"] = null; m["conversationId"] = null; m["toRecipients"] = null; m["isDraft"] = null; m["inferenceClassification"] = null;
                })),
                7 => Keep(id, "optional fields missing", With(Good(id, random), m =>
                {
                    m.Remove("from"); m.Remove("conversationId"); m.Remove("toRecipients"); m.Remove("ccRecipients"); m.Remove("isDraft");
                })),
                8 => Keep(id, "wrong types in optional fields", With(Good(id, random), m =>
                {
                    m["isDraft"] = "yes"; m["inferenceClassification"] = 7; m["conversationId"] = new JsonObject(); m["from"] = new JsonArray();
                })),
                9 => Keep(id, "only one of the two dates", With(Good(id, random), m => m.Remove(random.Next(2) == 0 ? "sentDateTime" : "receivedDateTime"))),
                10 => Keep(id, "unknown fields and deep nesting", With(Good(id, random), m => m["extension"] = Nest(40))),
                11 => Remove(id, "removed", new JsonObject { ["id"] = id, ["@removed"] = new JsonObject { ["reason"] = "deleted" } }),
                12 => Skip("not an object", Pick<JsonNode?>(random, [JsonValue.Create(1), JsonValue.Create("message"), new JsonArray(), null, JsonValue.Create(true)])),
                13 => Skip("id missing", With(Good(id, random), m => m.Remove("id"))),
                14 => Skip("id null, empty or not a string", With(Good(id, random), m => m["id"] = Pick<JsonNode?>(random, [null, "", JsonValue.Create(12345), new JsonObject(), new JsonArray()]))),
                15 => Skip("id of 100,000 characters", With(Good(id, random), m => m["id"] = new string('A', 100_000))),
                16 => Skip("no date at all", With(Good(id, random), m => { m.Remove("sentDateTime"); m.Remove("receivedDateTime"); })),
                17 => Skip("dates null", With(Good(id, random), m => { m["sentDateTime"] = null; m["receivedDateTime"] = null; })),
                18 => Skip("dates not dates", With(Good(id, random), m =>
                {
                    m["sentDateTime"] = Pick<JsonNode?>(random, ["yesterday", "2025-13-45T99:99:99Z", "", JsonValue.Create(1_719_000_000), new JsonObject()]);
                    m["receivedDateTime"] = Pick<JsonNode?>(random, ["soon", "not-a-date", JsonValue.Create(false), new JsonArray()]);
                })),
                19 => Skip("dates out of range", With(Good(id, random), m =>
                {
                    var date = Pick(random, ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1601-01-01T00:00:00Z"]);
                    m["sentDateTime"] = date;
                    m["receivedDateTime"] = date;
                })),
                20 => Skip("id with a lone surrogate", With(Good(id, random), m => m["id"] = FuzzPage.LoneSurrogateMarker)),
                21 => Keep(id, "odd unicode in every text", With(Good(id, random), m =>
                {
                    m["subject"] = Pick(random, FuzzText.OddNames);
                    m["ccRecipients"] = new JsonArray(Recipient(random, name: Pick(random, FuzzText.OddNames), address: Pick(random, FuzzText.OddAddresses)));
                })),
                22 => Keep(id, "dates with offsets", With(Good(id, random), m => m["sentDateTime"] = Base.ToOffset(TimeSpan.FromHours(-11)).ToString("o", CultureInfo.InvariantCulture))),
                _ => Keep(id, "draft or junk flags", With(Good(id, random), m => { m["isDraft"] = true; m["inferenceClassification"] = "other"; })),
            };
        }
    }

    private static JsonObject Good(string id, Random random)
    {
        var at = Base.AddMinutes(-random.Next(500_000));
        return new JsonObject
        {
            ["id"] = id,
            ["conversationId"] = "c-" + id,
            ["subject"] = "Hello",
            ["from"] = Recipient(random),
            ["toRecipients"] = new JsonArray(Recipient(random), Recipient(random)),
            ["ccRecipients"] = new JsonArray(),
            ["bccRecipients"] = new JsonArray(),
            ["sentDateTime"] = at.ToString("o", CultureInfo.InvariantCulture),
            ["receivedDateTime"] = at.AddSeconds(3).ToString("o", CultureInfo.InvariantCulture),
            ["isDraft"] = false,
            ["inferenceClassification"] = "focused",
            ["parentFolderId"] = "inbox",
        };
    }

    internal static JsonObject Recipient(Random random, string? name = null, string? address = null) => new()
    {
        ["emailAddress"] = new JsonObject
        {
            ["name"] = name ?? "Person " + random.Next(1000).ToString(CultureInfo.InvariantCulture),
            ["address"] = address ?? $"p{random.Next(1000)}@contoso.example",
        },
    };

    internal static JsonNode Nest(int depth)
    {
        JsonNode node = JsonValue.Create("leaf");
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
        }

        return node;
    }

    internal static T Pick<T>(Random random, IReadOnlyList<T> options) => options[random.Next(options.Count)];

    private static JsonObject With(JsonObject message, Action<JsonObject> change)
    {
        change(message);
        return message;
    }

    private static FuzzCase Keep(string id, string mutation, JsonNode item) => new(item, mutation, FuzzOutcome.Keep, id);

    private static FuzzCase Remove(string id, string mutation, JsonNode item) => new(item, mutation, FuzzOutcome.Remove, id);

    private static FuzzCase Skip(string mutation, JsonNode? item) => new(item, mutation, FuzzOutcome.Skip, null);
}

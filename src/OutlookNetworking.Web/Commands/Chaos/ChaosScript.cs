using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.Web.Commands.Chaos;

/// <summary>
/// The changes made to the tenant between two rounds, the same for a seed in every run: per mailbox
/// some new messages and a meeting, some messages deleted or moved to the archive, a single meeting deleted, an
/// upcoming occurrence of a recurring series cancelled (Graph's delta does not report it, graph-fidelity GF-4: the
/// night's series re-read learns it). Victims are read from the snapshot files (not from the store under test).
/// </summary>
internal static class ChaosScript
{
    /// <summary>Applies the seed's changes; returns how many were made.</summary>
    public static int Apply(SimulatorControl control, string tenantPath, IEnumerable<Guid> mailboxes, int seed, DateTimeOffset now)
    {
        var changes = 0;
        foreach (var userId in mailboxes)
        {
            var user = userId.ToString();
            var random = new Random(seed ^ BitConverter.ToInt32(userId.ToByteArray(), 0));
            var messageIds = IdsOf(Path.Combine(tenantPath, "mailboxes", user, "messages.jsonl"));
            var events = Path.Combine(tenantPath, "mailboxes", user, "events.jsonl");
            var singles = IdsOf(events, e => (string?)e["type"] is null or "singleInstance");
            var upcoming = IdsOf(events, e => (string?)e["type"] == "occurrence" && DateTimeOffset.Parse(
                (string)e["start"]!["dateTime"]! + "Z", CultureInfo.InvariantCulture) is var start && start > now && start < now.AddDays(20));

            for (var i = 0; i < 3; i++)
            {
                var id = $"chaos-{seed}-{userId:N}-{i}";
                control.AddMessage(user, Message(id, i == 0 ? "sentitems" : "inbox", now.AddHours(-1 - random.Next(48)), seed, i));
                changes++;
            }

            control.AddEvent(user, Event($"chaos-event-{seed}-{userId:N}", now.AddDays(-random.Next(1, 20))));
            changes++;
            var victims = messageIds.OrderBy(_ => random.Next()).Take(4).ToList();
            for (var i = 0; i < victims.Count; i++)
            {
                if (i % 2 == 0)
                {
                    control.DeleteMessage(user, victims[i]);
                }
                else
                {
                    control.MoveMessage(user, victims[i], "archive");
                }

                changes++;
            }

            if (singles.Count > 0)
            {
                control.DeleteEvent(user, singles[random.Next(singles.Count)]);
                changes++;
            }

            if (upcoming.Count > 0)
            {
                control.CancelOccurrence(user, upcoming[random.Next(upcoming.Count)]);
                changes++;
            }
        }

        return changes;
    }

    private static List<string> IdsOf(string jsonl, Func<JsonNode, bool>? where = null)
    {
        if (!File.Exists(jsonl))
        {
            return [];
        }

        var ids = new List<string>();
        foreach (var line in File.ReadLines(jsonl))
        {
            try
            {
                if (JsonNode.Parse(line) is { } item && item["id"]?.GetValue<string>() is { Length: > 0 } id && (where is null || where(item)))
                {
                    ids.Add(id);
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                // a malformed line is the loader's business; it has no id to change here
            }
        }

        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    private static JsonObject Message(string id, string folder, DateTimeOffset at, int seed, int index) => new()
    {
        ["id"] = id,
        ["conversationId"] = $"chaos-conversation-{seed}-{index}",
        ["from"] = Recipient("Chaos Contact", $"chaos.contact{index}@fabrikam.example"),
        ["toRecipients"] = new JsonArray(Recipient("Chaos Peer", $"chaos.peer{seed}@fabrikam.example")),
        ["ccRecipients"] = new JsonArray(),
        ["bccRecipients"] = new JsonArray(),
        ["sentDateTime"] = at.ToString("o", CultureInfo.InvariantCulture),
        ["receivedDateTime"] = at.ToString("o", CultureInfo.InvariantCulture),
        ["isDraft"] = false,
        ["inferenceClassification"] = "focused",
        ["parentFolderId"] = folder,
    };

    private static JsonObject Event(string id, DateTimeOffset start) => new()
    {
        ["id"] = id,
        ["start"] = new JsonObject { ["dateTime"] = start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
        ["end"] = new JsonObject { ["dateTime"] = start.AddMinutes(30).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
        ["organizer"] = Recipient("Chaos Contact", "chaos.contact0@fabrikam.example"),
        ["attendees"] = new JsonArray(),
        ["isOrganizer"] = false,
        ["isCancelled"] = false,
        ["type"] = "singleInstance",
    };

    private static JsonObject Recipient(string name, string address) =>
        new() { ["emailAddress"] = new JsonObject { ["name"] = name, ["address"] = address } };
}

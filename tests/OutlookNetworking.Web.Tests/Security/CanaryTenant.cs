using System.Text.Json.Nodes;

namespace OutlookNetworking.Web.Tests.Security;

/// <summary>
/// A copy of a generated snapshot with canary strings planted in everything a product that reads metadata only must
/// never keep: every message's subject, and every full event's subject, location, body and preview (series masters,
/// exceptions and single meetings; skeleton occurrences carry no content). Written from the raw files.
/// </summary>
internal static class CanaryTenant
{
    public const string MessageSubject = "Zq7CANARY-MESSAGE-SUBJECT";
    public const string EventSubject = "Zq7CANARY-EVENT-SUBJECT";
    public const string EventLocation = "Zq7CANARY-EVENT-LOCATION";
    public const string EventBody = "Zq7CANARY-EVENT-BODY";
    public const string EventPreview = "Zq7CANARY-EVENT-PREVIEW";

    /// <summary>What every canary starts with: found anywhere, some content leaked.</summary>
    public const string Marker = "Zq7CANARY";

    public static string Write(string source)
    {
        var target = Directory.CreateTempSubdirectory("on-canary-tenant-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            switch (Path.GetFileName(file))
            {
                case "messages.jsonl":
                    File.WriteAllLines(copy, File.ReadLines(file).Select(line => Plant(line, m => m["subject"] = $"{MessageSubject} {m["id"]}")));
                    break;
                case "events.jsonl":
                    File.WriteAllLines(copy, File.ReadLines(file).Select(line => Plant(line, PlantEvent)));
                    break;
                default:
                    File.Copy(file, copy);
                    break;
            }
        }

        return target;
    }

    private static void PlantEvent(JsonObject e)
    {
        if (e["subject"] is null && e["attendees"] is null)
        {
            return; // a skeleton occurrence: Graph sends no content with it
        }

        e["subject"] = $"{EventSubject} {e["id"]}";
        e["bodyPreview"] = $"{EventPreview} {e["id"]}";
        e["body"] = new JsonObject { ["contentType"] = "html", ["content"] = $"<html><body><p>{EventBody} {e["id"]}</p></body></html>" };
        e["location"] = new JsonObject { ["displayName"] = $"{EventLocation} {e["id"]}" };
        e["locations"] = new JsonArray(new JsonObject { ["displayName"] = $"{EventLocation} {e["id"]}", ["locationType"] = "default" });
    }

    /// <summary>Plants in a line that is a JSON object; any other line (the snapshot's deliberately malformed ones) stays.</summary>
    private static string Plant(string line, Action<JsonObject> plant)
    {
        try
        {
            if (JsonNode.Parse(line) is JsonObject item)
            {
                plant(item);
                return item.ToJsonString();
            }
        }
        catch (System.Text.Json.JsonException)
        {
        }

        return line;
    }
}

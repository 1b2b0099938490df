using System.Text.Json.Nodes;

namespace OutlookNetworking.Web.Tests.Pipeline;

/// <summary>
/// A copy of a snapshot whose calendars hold the same meetings written out in full, with no recurring series: each
/// skeleton occurrence becomes a single instance carrying its master's fields and its own id and times, each exception
/// a single instance of its own; masters go, and so do occurrences whose series has no master (a deleted series).
/// Every other file is copied as it is. Written independently of the simulator and of the product.
/// </summary>
internal static class FlattenedSnapshot
{
    public static string Write(string snapshotPath, string name)
    {
        var target = Path.Combine(Path.GetTempPath(), $"on-tests-{Environment.ProcessId}-{name}");
        if (Directory.Exists(target))
        {
            return target;
        }

        var staging = target + ".staging";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(snapshotPath, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(snapshotPath, file);
            var copy = Path.Combine(staging, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            if (Path.GetFileName(file) == "events.jsonl")
            {
                File.WriteAllLines(copy, Flatten(File.ReadLines(file)));
            }
            else
            {
                File.Copy(file, copy);
            }
        }

        Directory.Move(staging, target);
        return target;
    }

    private static List<string> Flatten(IEnumerable<string> lines)
    {
        var events = lines.Select(line => JsonNode.Parse(line) as JsonObject).OfType<JsonObject>().ToList();
        var masters = events.Where(e => Type(e) == "seriesMaster").ToDictionary(e => (string)e["id"]!, StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var item in events)
        {
            switch (Type(item))
            {
                case "seriesMaster":
                    break;
                case "occurrence" when item["organizer"] is null && item["attendees"] is null:
                    if ((string?)item["seriesMasterId"] is { } masterId && masters.TryGetValue(masterId, out var master))
                    {
                        var full = (JsonObject)master.DeepClone();
                        full.Remove("recurrence");
                        full["id"] = (string)item["id"]!;
                        full["start"] = item["start"]!.DeepClone();
                        full["end"] = item["end"]!.DeepClone();
                        result.Add(Single(full));
                    }

                    break;
                default:
                    result.Add(Single((JsonObject)item.DeepClone()));
                    break;
            }
        }

        return result;
    }

    private static string Single(JsonObject item)
    {
        item["type"] = "singleInstance";
        item["seriesMasterId"] = null;
        return item.ToJsonString();
    }

    private static string? Type(JsonObject item) => item["type"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

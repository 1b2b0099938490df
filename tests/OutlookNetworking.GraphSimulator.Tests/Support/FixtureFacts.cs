using System.Text.Json;

namespace OutlookNetworking.GraphSimulator.Tests.Support;

/// <summary>
/// Facts read straight from the fixture files with a plain JSON parser, so tests compare the
/// server's answers with the data, not with the code under test.
/// </summary>
internal static class FixtureFacts
{
    public static List<JsonElement> Messages(string snapshot, string userId) => Lines(Path.Combine(snapshot, "mailboxes", userId, "messages.jsonl"));

    public static List<JsonElement> Events(string snapshot, string userId) => Lines(Path.Combine(snapshot, "mailboxes", userId, "events.jsonl"));

    public static List<string> MessageIdsIn(string snapshot, string userId, string folder) =>
        Messages(snapshot, userId)
            .Where(m => m.TryGetProperty("parentFolderId", out var f) && f.GetString() == folder)
            .Select(m => m.GetProperty("id").GetString()!)
            .ToList();

    private static List<JsonElement> Lines(string file)
    {
        var result = new List<JsonElement>();
        if (!File.Exists(file))
        {
            return result;
        }

        foreach (var line in File.ReadLines(file))
        {
            try
            {
                using var document = JsonDocument.Parse(line);
                result.Add(document.RootElement.Clone());
            }
            catch (JsonException)
            {
                // malformed lines are the loader's business; facts cover valid lines only
            }
        }

        return result;
    }
}

using System.Text.Json;

namespace OutlookNetworking.Web.Tests.Pipeline;

/// <summary>
/// What a correct sync must store for a mailbox, read straight from the snapshot files (independently
/// of the simulator and of the product): every valid message line outside Drafts, Junk and Deleted
/// Items with a date, and every valid event line.
/// </summary>
internal static class SnapshotTruth
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "drafts", "junkemail", "deleteditems" };

    public static HashSet<string> MessageIds(string snapshotPath, Guid userId)
    {
        var file = Path.Combine(snapshotPath, "mailboxes", userId.ToString(), "messages.jsonl");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in ReadLines(file))
        {
            var folder = item.TryGetProperty("parentFolderId", out var f) ? f.GetString() : null;
            var dated = Has(item, "sentDateTime") || Has(item, "receivedDateTime");
            if (folder is not null && !SkippedFolders.Contains(folder) && dated)
            {
                ids.Add(item.GetProperty("id").GetString()!);
            }
        }

        return ids;
    }

    /// <summary>The meetings of a calendar in the product's default window (13 months back to 1 month ahead of the
    /// snapshot's <c>now</c>): every event line but series masters, and but occurrences whose series has no master line
    /// (a deleted series: its master answers 404, so its occurrences are dropped). Times are read as UTC (the
    /// snapshots these tests use write UTC).</summary>
    public static HashSet<string> EventIds(string snapshotPath, Guid userId)
    {
        using var tenant = JsonDocument.Parse(File.ReadAllText(Path.Combine(snapshotPath, "tenant.json")));
        var day = DateTimeOffset.Parse(tenant.RootElement.GetProperty("now").GetString()!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime.Date;
        var (from, to) = (day.AddMonths(-13), day.AddMonths(1).AddDays(1));
        var all = Events(snapshotPath, userId);
        var masters = all.Where(e => Type(e) == "seriesMaster").Select(e => e.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        var events = all.Where(e => Time(e, "start") < to && Time(e, "end") > from).ToList();
        return events
            .Where(e => Type(e) != "seriesMaster")
            .Where(e => Type(e) != "occurrence" || e.TryGetProperty("organizer", out _) || e.TryGetProperty("attendees", out _)
                        || (e.TryGetProperty("seriesMasterId", out var master) && master.GetString() is { } id && masters.Contains(id)))
            .Select(e => e.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The single instances of a mailbox's calendar (not part of a recurring series).</summary>
    public static HashSet<string> SingleInstanceIds(string snapshotPath, Guid userId) =>
        Events(snapshotPath, userId).Where(e => Type(e) is null or "singleInstance")
            .Select(e => e.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);

    private static List<JsonElement> Events(string snapshotPath, Guid userId) =>
        [.. ReadLines(Path.Combine(snapshotPath, "mailboxes", userId.ToString(), "events.jsonl"))];

    private static DateTime Time(JsonElement item, string name) =>
        DateTime.Parse(item.GetProperty(name).GetProperty("dateTime").GetString()!, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);

    private static string? Type(JsonElement item) =>
        item.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    private static bool Has(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out _);

    private static IEnumerable<JsonElement> ReadLines(string file)
    {
        if (!File.Exists(file))
        {
            yield break;
        }

        foreach (var line in File.ReadLines(file))
        {
            JsonElement item;
            try
            {
                item = JsonDocument.Parse(line).RootElement;
            }
            catch (JsonException)
            {
                continue;
            }

            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                yield return item;
            }
        }
    }
}

using System.Text.Json;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Cli.Commands.Chaos;

/// <summary>
/// Every message, meeting and relationship row (and, when added, suggestion row) of a set of mailboxes, each as its
/// JSON, keyed by table, mailbox and id: two stores are equal when their images are, row by row.
/// </summary>
internal sealed class StoreImage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);
    private readonly SortedDictionary<string, string> _rows = new(StringComparer.Ordinal);

    /// <summary>Rows whose key was added twice (a duplicated message, meeting or relationship).</summary>
    public int Duplicates { get; private set; }

    public int Count => _rows.Count;

    public IReadOnlyDictionary<string, string> Rows => _rows;

    public int CountOf(string table) => _rows.Keys.Count(k => k.StartsWith(table + "/", StringComparison.Ordinal));

    public void AddMailbox(Guid userId, IEnumerable<MessageMeta> messages, IEnumerable<MeetingMeta> meetings,
        IEnumerable<Relationship> relationships)
    {
        foreach (var message in messages)
        {
            Add($"message/{userId:N}/{message.Id}", message);
        }

        foreach (var meeting in meetings)
        {
            Add($"meeting/{userId:N}/{meeting.Id}", meeting);
        }

        foreach (var relationship in relationships)
        {
            Add($"relationship/{userId:N}/{relationship.ContactAddress}", relationship);
        }
    }

    /// <summary>Adds a mailbox's open suggestions (as stored: key, kind, contact, score, reason, evidence, first seen).</summary>
    public void AddSuggestions(Guid userId, IEnumerable<(Suggestion Suggestion, DateTimeOffset FirstSeenAt)> suggestions)
    {
        foreach (var (suggestion, firstSeenAt) in suggestions)
        {
            Add($"suggestion/{userId:N}/{suggestion.Key}", new { suggestion, firstSeenAt });
        }
    }

    /// <summary>Compares with <paramref name="expected"/>: rows missing here, rows only here, rows that differ.</summary>
    public StoreDifference CompareWith(StoreImage expected)
    {
        var lost = expected._rows.Keys.Where(k => !_rows.ContainsKey(k)).ToList();
        var extra = _rows.Keys.Where(k => !expected._rows.ContainsKey(k)).ToList();
        var changed = _rows.Where(r => expected._rows.TryGetValue(r.Key, out var other) && other != r.Value).Select(r => r.Key).ToList();
        return new StoreDifference(lost, extra, changed, Duplicates);
    }

    private void Add<T>(string key, T row)
    {
        if (!_rows.TryAdd(key, JsonSerializer.Serialize(row, Json)))
        {
            Duplicates++;
        }
    }
}

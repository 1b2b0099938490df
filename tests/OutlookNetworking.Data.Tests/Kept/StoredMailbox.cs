using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Tests.Support;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Kept;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Tests.Kept;

/// <summary>
/// Runs a mailbox night by night through the real store: each night stores what changed in the mailbox since the last
/// one as delta pages would (messages upserted in their folder's stream or removed from it, meetings and series masters
/// upserted or removed), then runs <see cref="KeptNight"/>; beside it, the from-scratch analysis of the same input, and
/// the result rows the store now holds.
/// </summary>
internal sealed class StoredMailbox(MailboxMetadataStore metadata, KeptNight nights, AnalysisStore analyses, MailboxKey key)
{
    private Dictionary<string, MessageMeta> _messages = new(StringComparer.Ordinal);
    private Dictionary<string, MeetingMeta> _meetings = new(StringComparer.Ordinal);

    public RelationshipEngine Engine { get; set; } = new(new EngineOptions());

    /// <summary>Stores the difference between the last input and <paramref name="input"/> (masters and skeleton
    /// occurrences are stored by the caller: see <see cref="StoreCalendarAsync"/>).</summary>
    public async Task StoreAsync(MailboxInput input)
    {
        var removed = _messages.Values.Where(m => !input.Messages.Any(n => n.Id == m.Id)).ToList();
        var changed = input.Messages.Where(m => !_messages.TryGetValue(m.Id, out var old) || !Same(old, m)).ToList();
        foreach (var folder in changed.Select(m => m.Folder).Concat(removed.Select(m => m.Folder)).Distinct())
        {
            await metadata.ApplyMessagePageAsync(key, Folder(folder), [.. changed.Where(m => m.Folder == folder)],
                [.. removed.Where(m => m.Folder == folder).Select(m => m.Id)], null, "delta", CancellationToken.None);
        }

        var meetingIds = input.Meetings.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var meetings = input.Meetings.Where(m => !_meetings.TryGetValue(m.Id, out var old) || !Same(old, m))
            .Select(m => new CalendarItem(CalendarItemKind.Meeting, m, null)).ToList();
        await StoreCalendarAsync(meetings, [.. _meetings.Keys.Where(id => !meetingIds.Contains(id))]);
        _messages = input.Messages.ToDictionary(m => m.Id, StringComparer.Ordinal);
        _meetings = input.Meetings.ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    public Task StoreCalendarAsync(IReadOnlyList<CalendarItem> upserts, IReadOnlyList<string> removedIds)
        => upserts.Count == 0 && removedIds.Count == 0
            ? Task.CompletedTask
            : metadata.ApplyMeetingPageAsync(key, upserts, removedIds, null, "delta", CancellationToken.None);

    /// <summary>The night at <paramref name="now"/> and the from-scratch analysis of <paramref name="input"/> then.</summary>
    public async Task<(NightOutcome Night, AnalysisResult Scratch)> NightAsync(MailboxInput input, DateTimeOffset now,
        UserFeedback? feedback = null, bool fromScratch = false)
    {
        feedback ??= UserFeedback.None;
        var night = await nights.RunAsync(key, Engine, input.Owner, input.Directory, feedback, now, fromScratch, CancellationToken.None);
        return (night, Engine.Analyze(input, feedback, now));
    }

    /// <summary>Fails unless the rows stored for the mailbox are those of <paramref name="expected"/> (relationships,
    /// suggestions by key, health and noise).</summary>
    public async Task AssertStoredAsync(AnalysisResult expected, string where)
    {
        var relationships = await analyses.GetRelationshipsAsync(key, null, CancellationToken.None);
        var suggestions = (await analyses.GetOpenSuggestionsAsync(key, CancellationToken.None))
            .ToDictionary(s => s.Suggestion.Key, s => s.Suggestion, StringComparer.Ordinal);
        var summary = await analyses.GetSummaryAsync(key, CancellationToken.None) ?? throw new InvalidOperationException("no summary");
        Assert.True(suggestions.Count == expected.Suggestions.Count,
            $"{where}: {suggestions.Count} stored suggestions vs {expected.Suggestions.Count}");
        var stored = expected with
        {
            Relationships = relationships,
            Suggestions = [.. expected.Suggestions.Select(s => s with { Suggestion = suggestions.GetValueOrDefault(s.Suggestion.Key) ?? s.Suggestion with { Key = "missing" } })],
            Noise = new NoiseSummary(summary.Noise),
            Health = summary.Health,
        };
        ResultAssert.Same(expected, stored, where + " (stored)");
    }

    private static string Folder(FolderKind kind) => "folder-" + kind;

    private static bool Same(MessageMeta a, MessageMeta b)
        => a with { To = [], Cc = [], Bcc = [] } == b with { To = [], Cc = [], Bcc = [] }
           && a.To.SequenceEqual(b.To) && a.Cc.SequenceEqual(b.Cc) && a.Bcc.SequenceEqual(b.Bcc);

    private static bool Same(MeetingMeta a, MeetingMeta b)
        => a with { Attendees = [] } == b with { Attendees = [] } && a.Attendees.SequenceEqual(b.Attendees);
}

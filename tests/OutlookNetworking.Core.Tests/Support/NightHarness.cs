using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.State;

namespace OutlookNetworking.Core.Tests.Support;

/// <summary>
/// Runs a mailbox night by night the way the product does: the first night builds and keeps the state, each later
/// night reads the kept parts it needs, folds in what changed since the previous night (found by comparing the two
/// inputs, as a change log would list it) and keeps what it changed; when the engine says the mailbox must be analysed
/// from scratch, it is. Beside each night, the from-scratch analysis of the same input at the same instant.
/// </summary>
internal sealed class NightHarness(EngineOptions? options = null)
{
    private Dictionary<string, MessageMeta> _messages = new(StringComparer.Ordinal);
    private Dictionary<string, MeetingMeta> _meetings = new(StringComparer.Ordinal);

    public RelationshipEngine Engine { get; private set; } = new(options ?? new EngineOptions());

    public KeptParts Parts { get; } = new();

    /// <summary>Why the last night analysed from scratch (null when it folded).</summary>
    public string? FromScratchBecause { get; private set; }

    /// <summary>The changes the last night folded in.</summary>
    public MailboxChanges? LastChanges { get; private set; }

    /// <summary>Later nights use <paramref name="options"/> (as a host restarted with a new configuration would).</summary>
    public void UseOptions(EngineOptions options) => Engine = new RelationshipEngine(options);

    /// <summary>One night on <paramref name="input"/> at <paramref name="now"/>: the night's result and the
    /// from-scratch one. <paramref name="replayed"/> are ids reported changed although they are not (a replayed page).</summary>
    public (AnalysisResult Night, AnalysisResult Scratch) Run(MailboxInput input, DateTimeOffset now, UserFeedback? feedback = null,
        IReadOnlyCollection<string>? replayed = null)
    {
        feedback ??= UserFeedback.None;
        var scratch = Engine.Analyze(input, feedback, now);
        AnalysisResult result;
        if (!Parts.HasState)
        {
            FromScratchBecause = "first night";
            result = Rebuild(input, feedback, now);
        }
        else
        {
            var changes = Diff(input, replayed ?? []);
            LastChanges = changes;
            var state = Parts.Load(changes);
            var (night, because) = Engine.Night(state, changes, input.Owner, input.Directory, feedback, now);
            FromScratchBecause = because;
            if (night is null)
            {
                result = Rebuild(input, feedback, now);
            }
            else
            {
                Parts.Save(state);
                result = night;
            }
        }

        _messages = input.Messages.ToDictionary(m => m.Id, StringComparer.Ordinal);
        _meetings = input.Meetings.ToDictionary(m => m.Id, StringComparer.Ordinal);
        return (result, scratch);
    }

    private AnalysisResult Rebuild(MailboxInput input, UserFeedback feedback, DateTimeOffset now)
    {
        var (state, result) = Engine.Build(input, feedback, now);
        Parts.Save(state, replace: true);
        return result;
    }

    private MailboxChanges Diff(MailboxInput input, IReadOnlyCollection<string> replayed)
    {
        var messages = input.Messages.Where(m => replayed.Contains(m.Id) || !_messages.TryGetValue(m.Id, out var old) || !Same(old, m));
        var meetings = input.Meetings.Where(m => replayed.Contains(m.Id) || !_meetings.TryGetValue(m.Id, out var old) || !Same(old, m));
        var messageIds = input.Messages.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var meetingIds = input.Meetings.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return new MailboxChanges(messages.ToList(), meetings.ToList(),
            _messages.Keys.Where(id => !messageIds.Contains(id)).ToList(), _meetings.Keys.Where(id => !meetingIds.Contains(id)).ToList());
    }

    private static bool Same(MessageMeta a, MessageMeta b)
        => a with { To = [], Cc = [], Bcc = [] } == b with { To = [], Cc = [], Bcc = [] }
           && a.To.SequenceEqual(b.To) && a.Cc.SequenceEqual(b.Cc) && a.Bcc.SequenceEqual(b.Bcc);

    private static bool Same(MeetingMeta a, MeetingMeta b)
        => a with { Attendees = [] } == b with { Attendees = [] } && a.Attendees.SequenceEqual(b.Attendees);
}

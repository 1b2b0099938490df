using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.Detectors;

/// <summary>Everything a detector reads about one mailbox: the input, the engine-wide options, the instant, the
/// contacts (indexed by their address code; null for addresses without any interaction), the conversations, the
/// small meetings and the user's goals.</summary>
internal sealed class DetectionContext(
    MailboxInput input,
    EngineOptions engine,
    DateTimeOffset now,
    OwnerClock clock,
    IReadOnlyList<ContactView?> contacts,
    ConversationLedger conversations,
    IReadOnlyList<(int Meeting, int Contact)> smallMeetings,
    UserFeedback feedback)
{
    public MailboxInput Input { get; } = input;

    /// <summary>The engine-wide options (each detector holds its own section).</summary>
    public EngineOptions Engine { get; } = engine;

    public DateTimeOffset Now { get; } = now;

    public OwnerClock Clock { get; } = clock;

    public IReadOnlyList<ContactView?> Contacts { get; } = contacts;

    /// <summary>Every conversation of the kept messages.</summary>
    public ConversationLedger Conversations { get; } = conversations;

    /// <summary>Each contact met in a small meeting that ended by now: the meeting's input index and the contact's code.</summary>
    public IReadOnlyList<(int Meeting, int Contact)> SmallMeetings { get; } = smallMeetings;

    /// <summary>What the user told the product (detectors read the goals; ranking applies the rest).</summary>
    public UserFeedback Feedback { get; } = feedback;

    public string OwnerId => Input.Owner.UserId;

    /// <summary>Whole days from <paramref name="at"/> to now, never negative.</summary>
    public int DaysSince(DateTimeOffset at) => WholeDays(Now - at);

    /// <summary>Whole days in <paramref name="age"/>, never negative.</summary>
    public static int WholeDays(TimeSpan age) => Math.Max(0, (int)Math.Floor(age.TotalDays));

    /// <summary>A suggestion of <paramref name="kind"/> about <paramref name="contactAddress"/>, keyed by the owner, the
    /// kind, the contact and <paramref name="anchor"/> (see <see cref="SuggestionKeys"/>).</summary>
    public Suggestion Suggest(SuggestionKind kind, string contactAddress, string? contactDisplayName, string anchor,
        double score, string reason, SuggestionEvidence evidence)
        => new(SuggestionKeys.For(OwnerId, kind, contactAddress, anchor), kind, contactAddress, contactDisplayName, score,
            reason, evidence);
}

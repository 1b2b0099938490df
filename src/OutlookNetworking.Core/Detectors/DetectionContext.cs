using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Detectors.MeetingPrep;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Interactions;
using OutlookNetworking.Core.State;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Core.Detectors;

/// <summary>Everything a detector reads about one mailbox at one instant: the owner, the directory, the engine-wide
/// options, the instant, the contacts (indexed by their number in the address table; null for addresses without any
/// interaction up to now), the open conversations as of now, the small meetings that ended by now, those still to come
/// and the user's goals.
/// Built from the kept state (<see cref="MailboxState"/>): a detector that needs something else of the mailbox needs it
/// kept there first.</summary>
internal sealed class DetectionContext(
    MailboxOwner owner,
    DirectoryInfo directory,
    EngineOptions engine,
    DateTimeOffset now,
    OwnerClock clock,
    IReadOnlyList<ContactView?> contacts,
    IReadOnlyList<ConversationState> conversations,
    IReadOnlyList<SmallMeeting> smallMeetings,
    UserFeedback feedback,
    IReadOnlyList<UpcomingMeeting>? upcomingMeetings = null)
{
    public MailboxOwner Owner { get; } = owner;

    public DirectoryInfo Directory { get; } = directory;

    /// <summary>The engine-wide options (each detector holds its own section).</summary>
    public EngineOptions Engine { get; } = engine;

    public DateTimeOffset Now { get; } = now;

    public OwnerClock Clock { get; } = clock;

    public IReadOnlyList<ContactView?> Contacts { get; } = contacts;

    /// <summary>The conversations a reply may be owed or awaited in (others are never read by a reply detector), as of
    /// now.</summary>
    public IReadOnlyList<ConversationState> Conversations { get; } = conversations;

    /// <summary>Each contact met in a small meeting that started and ended by now, within the first-meeting window.</summary>
    public IReadOnlyList<SmallMeeting> SmallMeetings { get; } = smallMeetings;

    /// <summary>Each contact invited to a small meeting that starts after now (meeting preparation).</summary>
    public IReadOnlyList<UpcomingMeeting> UpcomingMeetings { get; } = upcomingMeetings ?? [];

    /// <summary>What the user told the product (detectors read the goals; ranking applies the rest).</summary>
    public UserFeedback Feedback { get; } = feedback;

    public string OwnerId => Owner.UserId;

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

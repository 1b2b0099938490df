namespace OutlookNetworking.Core.Analysis;

/// <summary>
/// One thing worth doing about one contact, with the evidence behind it.
/// </summary>
/// <param name="Key">Stable id: the same situation (owner, kind, contact, anchor) yields the same key
/// on every run, so feedback (done, snooze, dismiss) sticks to it.</param>
/// <param name="ContactAddress">Normalised (lower-case SMTP) address of the contact.</param>
/// <param name="Score">Higher is more worth doing today; comparable across kinds, in [0, 1].</param>
/// <param name="Reason">One plain-English sentence that explains the suggestion and quotes the evidence.</param>
public sealed record Suggestion(
    string Key,
    SuggestionKind Kind,
    string ContactAddress,
    string? ContactDisplayName,
    double Score,
    string Reason,
    SuggestionEvidence Evidence);

/// <summary>The facts a suggestion rests on. Fields that do not apply to a kind are null.</summary>
/// <param name="ConversationId">The thread (owed / awaiting reply).</param>
/// <param name="MessageId">The message to open (the one owed a reply, the one awaiting an answer).</param>
/// <param name="MeetingId">The meeting (first-meeting follow-up, meeting preparation).</param>
/// <param name="AnchorAt">When the anchoring message was sent or the meeting ended (meeting preparation: when the
/// meeting starts).</param>
/// <param name="LastContact">Last contact of any kind with this person.</param>
/// <param name="FirstContact">First contact of any kind with this person.</param>
/// <param name="UsualGapDays">The contact's own median gap between contact days.</param>
/// <param name="DaysSilent">Whole days since <paramref name="LastContact"/>.</param>
/// <param name="ContactDays">Distinct days with contact.</param>
/// <param name="Exchanges">Messages and meetings counted with this person.</param>
/// <param name="CadenceDays">The user's goal cadence (cadence goals only).</param>
public sealed record SuggestionEvidence(
    string? ConversationId = null,
    string? MessageId = null,
    string? MeetingId = null,
    DateTimeOffset? AnchorAt = null,
    DateTimeOffset? LastContact = null,
    DateTimeOffset? FirstContact = null,
    double? UsualGapDays = null,
    int? DaysSilent = null,
    int? ContactDays = null,
    int? Exchanges = null,
    int? CadenceDays = null);

/// <summary>A suggestion in ranked order. <see cref="Today"/> marks the short daily list.</summary>
public sealed record RankedSuggestion(Suggestion Suggestion, int Rank, bool Today);

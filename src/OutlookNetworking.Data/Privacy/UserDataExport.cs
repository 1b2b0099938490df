using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Privacy;

/// <summary>Every stored row about one user.</summary>
public sealed record UserDataExport(
    MailboxEntity? Mailbox,
    IReadOnlyList<MailMessageEntity> Messages,
    IReadOnlyList<MeetingEntity> Meetings,
    IReadOnlyList<SyncCursorEntity> SyncCursors,
    IReadOnlyList<RelationshipEntity> Relationships,
    IReadOnlyList<SuggestionEntity> Suggestions,
    MailboxAnalysisEntity? Analysis,
    IReadOnlyList<SuggestionFeedbackEntity> Feedback,
    IReadOnlyList<ContactPreferenceEntity> ContactPreferences,
    IReadOnlyList<DigestDispatchEntity> Digests)
{
    /// <summary>Network health as each digest saw it (for "change since last week").</summary>
    public IReadOnlyList<HealthSnapshotEntity> HealthSnapshots { get; init; } = [];

    /// <summary>The masters of the user's recurring meetings (who organises, who attends; no subject, no body).</summary>
    public IReadOnlyList<SeriesMasterEntity> SeriesMasters { get; init; } = [];

    /// <summary>Signed digest links the user has used (each works once).</summary>
    public IReadOnlyList<UsedDigestLinkEntity> UsedDigestLinks { get; init; } = [];

    /// <summary>The user's opt-in to warm introductions (none: not discoverable).</summary>
    public IReadOnlyList<IntroductionOptInEntity> IntroductionOptIns { get; init; } = [];

    /// <summary>The user's rows in the introductions index (their external ties as colleagues who opted in may see them
    /// labelled).</summary>
    public IReadOnlyList<IntroductionTieEntity> IntroductionTies { get; init; } = [];

    /// <summary>How many introduction answers the user received per day (the audit).</summary>
    public IReadOnlyList<IntroductionAnswerCountEntity> IntroductionAnswerCounts { get; init; } = [];
}

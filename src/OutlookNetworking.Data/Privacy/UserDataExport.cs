using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Feedback;
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
    IReadOnlyList<DigestDispatchEntity> Digests);

namespace OutlookNetworking.Core.Analysis;

/// <summary>The detectors. Their wire names (JSON, API, digest) are the camelCase of these names:
/// <c>firstMeetingFollowUp</c>, <c>owedReply</c>, <c>awaitingReply</c>, <c>fadingTie</c>,
/// <c>dormantTie</c>, <c>cadenceGoal</c>.</summary>
public enum SuggestionKind
{
    FirstMeetingFollowUp,
    OwedReply,
    AwaitingReply,
    FadingTie,
    DormantTie,
    CadenceGoal,
}

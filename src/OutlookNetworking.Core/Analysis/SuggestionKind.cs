namespace OutlookNetworking.Core.Analysis;

/// <summary>The detectors, one kind each (<c>Detectors/&lt;Kind&gt;/</c>). Their wire names (JSON, API,
/// digest) are in <see cref="SuggestionKindNames"/>: <c>firstMeetingFollowUp</c>, <c>owedReply</c>,
/// <c>awaitingReply</c>, <c>fadingTie</c>, <c>dormantTie</c>, <c>cadenceGoal</c>. Stored as numbers: a kind
/// keeps its number for good and a new kind takes the next free number (the Data tests'
/// <c>StoredEnumValuesTests</c> pin them). Adding a kind: docs/engine.md.</summary>
public enum SuggestionKind
{
    FirstMeetingFollowUp = 0,
    OwedReply = 1,
    AwaitingReply = 2,
    FadingTie = 3,
    DormantTie = 4,
    CadenceGoal = 5,
}

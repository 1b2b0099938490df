namespace OutlookNetworking.Core.Analysis;

/// <summary>The kinds of suggestion, one detector each (<c>Detectors/&lt;Kind&gt;/</c>); their wire names (JSON, API,
/// digest) are in <see cref="SuggestionKindNames"/>. Stored as numbers: a kind keeps its number for good and a new kind
/// takes the next free number (the Data tests' <c>StoredEnumValuesTests</c> pin them). What a new kind touches:
/// docs/engine.md.</summary>
public enum SuggestionKind
{
    FirstMeetingFollowUp = 0,
    OwedReply = 1,
    AwaitingReply = 2,
    FadingTie = 3,
    DormantTie = 4,
    CadenceGoal = 5,
    MeetingPrep = 6,
}

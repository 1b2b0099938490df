namespace OutlookNetworking.Core.Analysis;

/// <summary>Why items or addresses were dropped as noise, with counts (reason -> count).
/// Reasons are camelCase words such as <c>ownAlias</c>, <c>room</c>, <c>distributionList</c>,
/// <c>automatedSender</c>, <c>bulk</c>, <c>draft</c>, <c>junk</c>, <c>largeMeeting</c>,
/// <c>declinedMeeting</c>, <c>cancelledMeeting</c>, <c>invalidAddress</c>, <c>noDate</c>, <c>oneWay</c>.</summary>
public sealed record NoiseSummary(IReadOnlyDictionary<string, int> Counts);

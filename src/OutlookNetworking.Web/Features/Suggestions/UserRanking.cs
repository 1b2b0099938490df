using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Feedback;

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>The user's open suggestions ranked at request time with their feedback, that feedback, and the analysis
/// snapshot they come from (its relationships are the ones to show beside them).</summary>
internal sealed record UserRanking(UserAnalysisSnapshot Snapshot, IReadOnlyList<RankedSuggestion> Ranked, UserFeedback Feedback, DateTimeOffset Now);

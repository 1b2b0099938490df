using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Feedback;

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>The user's open suggestions ranked at request time with their feedback, and that feedback.</summary>
internal sealed record UserRanking(IReadOnlyList<RankedSuggestion> Ranked, UserFeedback Feedback, DateTimeOffset Now);

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>The outcome of an action on a suggestion, and the user's local date it was judged at.</summary>
internal readonly record struct FeedbackResult(FeedbackOutcome Outcome, DateOnly Today);

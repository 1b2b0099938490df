namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>What became of a user's action on a suggestion.</summary>
internal enum FeedbackOutcome
{
    Recorded,
    NotFound,
    OptedOut,
    InvalidSnoozeDate,
}

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary><c>POST /api/suggestions/{id}/snooze</c>.</summary>
/// <param name="Until">The date (yyyy-MM-dd, in the user's time zone) the suggestion may come back: after today,
/// at most <see cref="SuggestionFeedbackRecorder.MaxSnoozeDays"/> days ahead.</param>
public sealed record SnoozeRequest(DateOnly? Until);

using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Me;

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>
/// Records the user's action on one of their own suggestions. The id must be one of the user's open suggestions
/// (or one they already acted on, so a repeated click is not an error); anything else, including another user's
/// id, is "not found" and changes nothing. A snooze date is a date in the user's time zone: the suggestion stays
/// hidden until that day starts there.
/// </summary>
internal sealed class SuggestionFeedbackRecorder(UserMailboxes mailboxes, AnalysisStore analyses, FeedbackStore feedback, TimeProvider time)
{
    /// <summary>The furthest a snooze may reach, in days after today. Default 366: "at most a year".</summary>
    public const int MaxSnoozeDays = 366;

    public async Task<FeedbackResult> RecordAsync(MailboxKey key, string id, FeedbackAction action, DateOnly? snoozeUntil,
        CancellationToken cancellationToken)
    {
        if (!SuggestionKeys.IsWellFormed(id))
        {
            return new FeedbackResult(FeedbackOutcome.NotFound, default);
        }

        var mailboxTask = mailboxes.LoadAsync(key, cancellationToken);
        var suggestionTask = analyses.FindSuggestionAsync(key, id, cancellationToken);
        await Task.WhenAll(mailboxTask, suggestionTask);
        var mailbox = await mailboxTask;
        var today = mailbox.LocalDate(time.GetUtcNow());
        if (mailbox.OptedOut)
        {
            return new FeedbackResult(FeedbackOutcome.OptedOut, today);
        }

        if (await suggestionTask is null && !(await feedback.LoadAsync(key, cancellationToken)).BySuggestionKey.ContainsKey(id))
        {
            return new FeedbackResult(FeedbackOutcome.NotFound, today);
        }

        DateTimeOffset? until = null;
        if (action == FeedbackAction.Snoozed)
        {
            if (snoozeUntil is not { } date || date <= today || date > today.AddDays(MaxSnoozeDays))
            {
                return new FeedbackResult(FeedbackOutcome.InvalidSnoozeDate, today);
            }

            until = UserTimeZones.StartOf(date, mailbox.TimeZone);
        }

        await feedback.RecordAsync(key, id, action, until, cancellationToken);
        return new FeedbackResult(FeedbackOutcome.Recorded, today);
    }
}

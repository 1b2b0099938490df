namespace OutlookNetworking.Data.Feedback;

/// <summary>The user's last action on a suggestion key (done, snoozed, dismissed).</summary>
public sealed class SuggestionFeedbackEntity
{
    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public string SuggestionKey { get; set; } = "";

    /// <summary><see cref="OutlookNetworking.Core.Feedback.FeedbackAction"/> as a number.</summary>
    public int Action { get; set; }

    public DateTimeOffset At { get; set; }

    public DateTimeOffset? SnoozedUntil { get; set; }
}

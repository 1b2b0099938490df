namespace OutlookNetworking.Core.Feedback;

/// <summary>What the user did with a suggestion. Stored as a number (<c>suggestion_feedback</c>): a member keeps its
/// number for good and a new one takes the next free number (the Data tests' <c>StoredEnumValuesTests</c> pin them).</summary>
public enum FeedbackAction
{
    Done = 0,
    Snoozed = 1,
    Dismissed = 2,
}

/// <summary>The user's last action on one suggestion key.</summary>
/// <param name="SnoozedUntil">For <see cref="FeedbackAction.Snoozed"/>: hidden until this instant.</param>
public sealed record SuggestionFeedback(FeedbackAction Action, DateTimeOffset At, DateTimeOffset? SnoozedUntil = null);

/// <summary>A goal the user set for a contact, e.g. tag "mentor", every 30 days.</summary>
public sealed record ContactGoal(string Tag, int? CadenceDays);

/// <summary>Everything the user told the product, which ranking must respect.</summary>
/// <param name="BySuggestionKey">Last action per suggestion key.</param>
/// <param name="MutedContacts">Normalised addresses the user muted for good.</param>
/// <param name="Goals">Goals by normalised address.</param>
public sealed record UserFeedback(
    IReadOnlyDictionary<string, SuggestionFeedback> BySuggestionKey,
    IReadOnlyCollection<string> MutedContacts,
    IReadOnlyDictionary<string, ContactGoal> Goals)
{
    public static UserFeedback None { get; } = new(
        new Dictionary<string, SuggestionFeedback>(), [], new Dictionary<string, ContactGoal>());
}

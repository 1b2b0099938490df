using OutlookNetworking.Web.Features.Suggestions;

namespace OutlookNetworking.Web.Features.People;

/// <summary>
/// One person on the open email, as the user's own mail and calendar describe them (docs/api.md). When there is no
/// history (<see cref="Known"/> false) the figures are null or zero and the card says so.
/// </summary>
/// <param name="Address">The normalised (lower-case SMTP) address asked for.</param>
/// <param name="DisplayName">From the relationship, else the tenant directory; null when neither knows a name.</param>
/// <param name="IsInternal">The address is in one of the organisation's domains.</param>
/// <param name="StrengthLabel">The tie's label as of now (schema <c>StrengthLabel</c>); null when not <see cref="Known"/>.</param>
/// <param name="MonthlyContactDays">Contact days per month, 12 months, oldest first, the current month last.</param>
/// <param name="Suggestions">The user's open suggestions about this person, in ranked order.</param>
/// <param name="SharedLists">When the only mail shared with this person is list or group mail (they wrote to lists
/// the user got it through; no direct mail or meeting yet): the names of those lists, the most recent first, at most
/// three; otherwise null.</param>
/// <param name="SharedListCount">How many lists that is in all (null with <paramref name="SharedLists"/>).</param>
/// <param name="LastListMail">When their latest such list message was written (null with <paramref name="SharedLists"/>).</param>
public sealed record PersonCard(
    string Address,
    string? DisplayName,
    bool Known,
    bool IsInternal,
    bool IsDistributionList,
    bool IsMuted,
    double? Strength,
    string? StrengthLabel,
    DateTime? FirstContact,
    DateTime? LastContact,
    int ContactDays,
    int Sent,
    int Received,
    int Meetings,
    double? MedianGapDays,
    IReadOnlyList<int>? MonthlyContactDays,
    GoalResponse? Goal,
    IReadOnlyList<SuggestionResponse> Suggestions,
    IReadOnlyList<string>? SharedLists = null,
    int? SharedListCount = null,
    DateTime? LastListMail = null);

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>Everything one morning digest says, ready to render as HTML and as plain text.</summary>
/// <param name="Subject">"Your follow-ups for Monday": no personal data beyond the user's own.</param>
/// <param name="DateLabel">The user's local date, e.g. "Monday 30 June".</param>
/// <param name="Items">Today's suggestions, best first.</param>
/// <param name="Health">The network-health figures with their change.</param>
/// <param name="HealthComparedWith">What the change is against, e.g. "since Monday 23 June" or "since 30 days ago".</param>
/// <param name="Activity">Contact days per month over the last 12 months, oldest first.</param>
/// <param name="UnsubscribeUrl">A signed link that turns the digest off.</param>
public sealed record DigestModel(
    string RecipientName,
    string RecipientAddress,
    DateOnly LocalDate,
    string Subject,
    string DateLabel,
    int DigestHour,
    IReadOnlyList<DigestItem> Items,
    IReadOnlyList<DigestHealthRow> Health,
    string HealthComparedWith,
    IReadOnlyList<DigestActivityBar> Activity,
    string UnsubscribeUrl,
    string HomeUrl);

namespace OutlookNetworking.Core.Analysis;

/// <summary>
/// What the owner's mail and calendar say about one contact. Only two-way ties are relationships:
/// mail in both directions, or a small meeting together.
/// </summary>
/// <param name="ContactAddress">Normalised (lower-case SMTP) address.</param>
/// <param name="IsInternal">The address is in one of the organisation's domains.</param>
/// <param name="ContactDays">Distinct days (in the owner's time zone) with any contact.</param>
/// <param name="Sent">Messages the owner sent to the contact.</param>
/// <param name="Received">Messages the owner received from the contact.</param>
/// <param name="Meetings">Meetings (small enough, not declined or cancelled) together.</param>
/// <param name="Reciprocity">Balance of the exchange in [0, 1]: (min(sent, received) + meetings) /
/// (max(sent, received) + meetings); 1 when sent and received are equal, 0 when all one way (meetings are
/// mutual and count on both sides).</param>
/// <param name="Strength">Time-decayed tie strength in [0, 1): distinct contact days (each weighing the
/// sum of its interactions' weights, at most 1), halving every <c>StrengthHalfLifeDays</c>, mapped by
/// 1 − exp(−sum / <c>StrengthSaturation</c>).</param>
/// <param name="MedianGapDays">The contact's own usual gap between contact days: the median of the gaps
/// longer than one day (consecutive days are one exchange, not a one-day rhythm); 1 for a run of three
/// or more consecutive days with no longer gap; null otherwise (too little history).</param>
/// <param name="MonthlyContactDays">Contact days per calendar month, the 12 months up to and including
/// the current one, oldest first (always 12 entries).</param>
public sealed record Relationship(
    string ContactAddress,
    string? DisplayName,
    bool IsInternal,
    DateTimeOffset FirstContact,
    DateTimeOffset LastContact,
    int ContactDays,
    int Sent,
    int Received,
    int Meetings,
    double Reciprocity,
    double Strength,
    double? MedianGapDays,
    IReadOnlyList<int> MonthlyContactDays)
{
    /// <summary>The highest strength the tie ever reached (at a contact day); 0 when unknown.
    /// Decides whether a long-silent tie is dormant (once strong) or lapsed.</summary>
    public double PeakStrength { get; init; }

    /// <summary>The tie's label at the analysis instant (see <see cref="StrengthLabels.Of"/>).</summary>
    public StrengthLabel Label { get; init; }

    /// <summary>Messages and meetings counted with this contact.</summary>
    public int Exchanges => Sent + Received + Meetings;
}

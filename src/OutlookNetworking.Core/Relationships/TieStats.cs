namespace OutlookNetworking.Core.Relationships;

/// <summary>A contact's figures as of one instant, computed from the touches up to it.</summary>
internal readonly record struct TieStats(
    long FirstTicks,
    long LastTicks,
    int ContactDays,
    int Sent,
    int Received,
    int Meetings,
    int SmallMeetings,
    double? MedianGapDays,
    double Strength,
    double PeakStrength)
{
    /// <summary>No touches up to the instant.</summary>
    public bool IsEmpty => ContactDays == 0;

    /// <summary>One-way contact is not a relationship: mail both ways, or a small meeting together.</summary>
    public bool IsTwoWay => (Sent > 0 && Received > 0) || SmallMeetings > 0;

    public int Exchanges => Sent + Received + Meetings;

    /// <summary>Balance in [0, 1]: (min(sent, received) + meetings) / (max(sent, received) + meetings).
    /// Meetings are mutual by nature and count on both sides.</summary>
    public double Reciprocity
    {
        get
        {
            var max = Math.Max(Sent, Received) + Meetings;
            return max == 0 ? 0 : (Math.Min(Sent, Received) + Meetings) / (double)max;
        }
    }

    public DateTimeOffset FirstContact => new(FirstTicks, TimeSpan.Zero);

    public DateTimeOffset LastContact => new(LastTicks, TimeSpan.Zero);
}

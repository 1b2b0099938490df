namespace OutlookNetworking.Data.Analysis;

/// <summary>The last analysis's view of one contact of one user (see Core's Relationship).</summary>
public sealed class RelationshipEntity
{
    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public string ContactAddress { get; set; } = "";

    public string? DisplayName { get; set; }

    public bool IsInternal { get; set; }

    public DateTimeOffset FirstContact { get; set; }

    public DateTimeOffset LastContact { get; set; }

    public int ContactDays { get; set; }

    public int Sent { get; set; }

    public int Received { get; set; }

    public int Meetings { get; set; }

    public double Reciprocity { get; set; }

    public double Strength { get; set; }

    /// <summary>The highest strength the tie ever reached.</summary>
    public double PeakStrength { get; set; }

    public double? MedianGapDays { get; set; }

    /// <summary>12 monthly contact-day counts, oldest first, comma separated.</summary>
    public string MonthlyContactDays { get; set; } = "";

    public string StrengthLabel { get; set; } = "";
}

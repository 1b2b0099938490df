namespace OutlookNetworking.Data.Digest;

/// <summary>
/// A user's network health as a digest saw it on one local day, kept so the next week's digest can
/// show the change since then (the analysis itself only compares with 30 days earlier).
/// </summary>
public sealed class HealthSnapshotEntity
{
    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>The user's local date, yyyy-MM-dd.</summary>
    public string LocalDate { get; set; } = "";

    /// <summary>Core's NetworkHealth as JSON.</summary>
    public string Health { get; set; } = "{}";

    public DateTimeOffset RecordedAt { get; set; }
}

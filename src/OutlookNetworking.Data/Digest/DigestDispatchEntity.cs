namespace OutlookNetworking.Data.Digest;

/// <summary>
/// The idempotency record of one user's digest on one local day. Inserted before the send: the
/// primary key (tenant, user, local date) lets exactly one sender win, however many retries or
/// servers try.
/// </summary>
public sealed class DigestDispatchEntity
{
    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>The user's local date, yyyy-MM-dd.</summary>
    public string LocalDate { get; set; } = "";

    public DigestDispatchStatus Status { get; set; }

    public DateTimeOffset ReservedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int SuggestionCount { get; set; }

    public string? Error { get; set; }
}

/// <summary>Where one day's digest stands. Stored as a number (<c>digest_dispatches.status</c>): a member keeps its
/// number for good (<c>StoredEnumValuesTests</c> pins them).</summary>
public enum DigestDispatchStatus
{
    Reserved = 0,
    Sent = 1,
    Failed = 2,
    NothingToSay = 3,
}

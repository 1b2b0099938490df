namespace OutlookNetworking.Data.Digest;

/// <summary>A signed digest link that has been used (links work once): its random id, whose it was, what it did.</summary>
public sealed class UsedDigestLinkEntity
{
    /// <summary>The link's random id (32 hex digits), carried inside the signed token.</summary>
    public string LinkId { get; set; } = "";

    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>done, snooze, dismiss or unsubscribe.</summary>
    public string Action { get; set; } = "";

    public DateTimeOffset UsedAt { get; set; }
}

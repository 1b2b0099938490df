namespace OutlookNetworking.Data.Introductions;

/// <summary>A person who chose to be discoverable for warm introductions (<c>PUT /api/me/introductions</c>): their
/// tie labels may be shown to colleagues of the same organisation. No row: not discoverable (the default).</summary>
public sealed class IntroductionOptInEntity
{
    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset At { get; set; }
}

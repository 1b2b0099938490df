namespace OutlookNetworking.Data.Introductions;

/// <summary>The organisation's switch for warm introductions (the admin page, <c>/admin/manage</c>). No row: off (the
/// default).</summary>
public sealed class IntroductionSettingEntity
{
    public Guid TenantId { get; set; }

    public bool Enabled { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}

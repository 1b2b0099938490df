namespace OutlookNetworking.Data.Tenants;

/// <summary>An offboarded tenant: its id and when it left, nothing else. Outlives the tenant's other rows (like the audit
/// entry of its offboarding) so a later consent callback for it is refused until a qualifying admin of the tenant clears it.</summary>
public sealed class TenantTombstoneEntity
{
    public Guid TenantId { get; set; }

    public DateTimeOffset OffboardedAt { get; set; }
}

namespace OutlookNetworking.Data.Audit;

/// <summary>One admin or consent action, kept for the tenant's IT admins.</summary>
public sealed class AuditEntryEntity
{
    public long Id { get; set; }

    public Guid? TenantId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Who acted: an object id, "system", or "anonymous".</summary>
    public string Actor { get; set; } = "";

    /// <summary>What happened, e.g. consent.granted, consent.failed, tenant.offboarded.</summary>
    public string Action { get; set; } = "";

    /// <summary>Free text without personal data.</summary>
    public string? Detail { get; set; }
}

namespace OutlookNetworking.Data.Tenants;

/// <summary>An organisation whose admin consented. One row per Entra tenant.</summary>
public sealed class TenantEntity
{
    public Guid TenantId { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>The organisation's verified domains, lower case, comma separated.</summary>
    public string Domains { get; set; } = "";

    /// <summary>Time-zone id (IANA or Windows) the nightly run is scheduled in; null: UTC.</summary>
    public string? TimeZone { get; set; }

    public DateTimeOffset ConsentedAt { get; set; }

    public DateTimeOffset? LastDirectorySyncAt { get; set; }

    public DateTimeOffset? LastNightStartedAt { get; set; }

    public DateTimeOffset? LastNightCompletedAt { get; set; }

    /// <summary>The required Graph application roles the tenant's app-only token lacked at the last night's check
    /// (comma separated; <c>tid</c> when the token was not for the tenant); null when every grant was there.</summary>
    public string? GrantsMissing { get; set; }

    /// <summary>When a night last checked the tenant's grants.</summary>
    public DateTimeOffset? GrantsCheckedAt { get; set; }
}

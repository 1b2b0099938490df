namespace OutlookNetworking.Data.Analysis;

/// <summary>An open suggestion from the last analysis (see Core's Suggestion).</summary>
public sealed class SuggestionEntity
{
    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>Stable suggestion key (Core computes it from owner, kind, contact and anchor).</summary>
    public string Key { get; set; } = "";

    /// <summary><see cref="OutlookNetworking.Core.Analysis.SuggestionKind"/> as a number.</summary>
    public int Kind { get; set; }

    public string ContactAddress { get; set; } = "";

    public string? ContactDisplayName { get; set; }

    public double Score { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>The evidence as JSON.</summary>
    public string Evidence { get; set; } = "{}";

    /// <summary>When an analysis first produced this key.</summary>
    public DateTimeOffset FirstSeenAt { get; set; }
}

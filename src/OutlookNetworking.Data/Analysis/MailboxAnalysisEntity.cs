namespace OutlookNetworking.Data.Analysis;

/// <summary>The summary of the last analysis of one mailbox: when, network health, noise counts.</summary>
public sealed class MailboxAnalysisEntity
{
    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset AnalysedAt { get; set; }

    /// <summary>Core's NetworkHealth as JSON.</summary>
    public string Health { get; set; } = "{}";

    /// <summary>Noise counts (reason -> count) as JSON.</summary>
    public string Noise { get; set; } = "{}";

    /// <summary>Core's ListOnlyContacts (people met on list mail only) as a JSON array, by address. Written only when
    /// it changed (compared as text); read by the person cards.</summary>
    public string ListOnly { get; set; } = "[]";

    public int MessageCount { get; set; }

    public int MeetingCount { get; set; }
}

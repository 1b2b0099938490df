namespace OutlookNetworking.Web.Features.Lifecycle;

/// <summary>Rows one purge deleted, per table.</summary>
public sealed record RetentionPurgeResult(int Messages, int Meetings, int Feedback, int DigestRecords, int AuditEntries)
{
    /// <summary>Rows whose tenant or mailbox was gone (written after an offboarding or erasure).</summary>
    public int Orphans { get; init; }

    public int Total => Messages + Meetings + Feedback + DigestRecords + AuditEntries + Orphans;
}

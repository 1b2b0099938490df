namespace OutlookNetworking.Web.Features.Lifecycle;

/// <summary>Rows one purge deleted, per table.</summary>
public sealed record RetentionPurgeResult(int Messages, int Meetings, int Feedback, int DigestRecords, int AuditEntries)
{
    public int Total => Messages + Meetings + Feedback + DigestRecords + AuditEntries;
}

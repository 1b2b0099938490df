using System.ComponentModel;
using Hangfire;

namespace OutlookNetworking.Web.Features.Lifecycle;

/// <summary>The nightly purge (recurring job <see cref="Jobs.JobIds.RetentionPurge"/>). Idempotent: a second run deletes nothing more.</summary>
internal sealed partial class RetentionPurgeJob(RetentionPurge purge, TimeProvider time, ILogger<RetentionPurgeJob> logger)
{
    [DisplayName("Retention purge")]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await purge.PurgeAsync(time.GetUtcNow(), cancellationToken);
        LogPurged(logger, result.Messages, result.Meetings, result.Feedback, result.DigestRecords, result.AuditEntries, result.Orphans);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge: {Messages} messages, {Meetings} meetings, {Feedback} feedback rows, {Digests} digest records, {Audit} audit entries, {Orphans} orphan rows of offboarded tenants or erased users deleted")]
    private static partial void LogPurged(ILogger logger, int messages, int meetings, int feedback, int digests, int audit, int orphans);
}

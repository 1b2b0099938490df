using System.ComponentModel;
using Hangfire;
using Hangfire.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Analysis;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Features.Suggestions;

namespace OutlookNetworking.Web.Features.Contacts;

/// <summary>
/// Re-analyses one mailbox from its stored metadata (no Graph call), after the user changed what the engine itself
/// reads: a goal (cadence suggestions are detected at analysis). Takes ids only; idempotent; shares the nightly
/// job's per-mailbox lock, so it never overlaps a sync.
/// </summary>
internal sealed partial class MailboxReanalysisJob(
    MailboxAnalyzer analyzer, RankedSuggestions suggestions, JobStorage storage, ILogger<MailboxReanalysisJob> logger)
{
    /// <summary>Queues a re-analysis of the mailbox.</summary>
    public static void Enqueue(IBackgroundJobClient jobs, MailboxKey key)
    {
        var (tenantId, userId) = (key.TenantId, key.UserId);
        jobs.Enqueue<MailboxReanalysisJob>(job => job.RunAsync(tenantId, userId, CancellationToken.None));
    }

    [DisplayName("Re-analyse mailbox {1}")]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [30, 120, 600])]
    public async Task RunAsync(Guid tenantId, Guid userId, CancellationToken cancellationToken)
    {
        using var connection = storage.GetConnection();
        IDisposable mailboxLock;
        try
        {
            mailboxLock = connection.AcquireDistributedLock(JobIds.MailboxLock(tenantId, userId), TimeSpan.FromSeconds(30));
        }
        catch (DistributedLockTimeoutException)
        {
            // A sync holds the mailbox: it analyses it at its end with the same feedback, so this run adds nothing.
            LogSkipped(logger, userId);
            return;
        }

        using (mailboxLock)
        {
            // Null when the mailbox is gone (opted out or removed since): nothing to do.
            var key = new MailboxKey(tenantId, userId);
            await analyzer.AnalyzeAsync(key, cancellationToken);
            suggestions.Forget(key); // this process's cache; other instances see the new analysis within its lifetime
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mailbox {UserId} is being synced; its sync re-analyses it")]
    private static partial void LogSkipped(ILogger logger, Guid userId);
}

using System.ComponentModel;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Graph.Access;
using OutlookNetworking.Graph.Sync;
using OutlookNetworking.Web.Features.Sync;
using OutlookNetworking.Web.Hosting.Operations;

namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>
/// Syncs and analyses one mailbox. Takes ids only (no name or address in Hangfire's storage or dashboard), is idempotent (delta sync resumes from its stored
/// cursor; analysis replaces its results), and never runs twice at once for the same mailbox (a
/// distributed lock in Hangfire's storage, so this holds across servers). A mailbox Graph will not let
/// the app read (graph-fidelity GF-12) is recorded as out of scope and the job ends there, succeeded:
/// no retry that night, no failure on the dashboard; the night's summary counts it and the admin status
/// page lists it.
/// </summary>
internal sealed partial class MailboxNightJob(
    MailboxPipeline pipeline,
    MailboxStore mailboxes,
    JobStorage storage,
    IOptions<JobsOptions> options,
    TimeProvider time,
    NightTelemetry telemetry,
    ILogger<MailboxNightJob> logger)
{
    [DisplayName("Sync and analyse mailbox {1}")]
    [AutomaticRetry(Attempts = 4, DelaysInSeconds = [30, 120, 600, 1800], OnAttemptsExceeded = AttemptsExceededAction.Fail)] // then Failed on the dashboard
    public Task RunAsync(Guid tenantId, Guid userId, string displayName, CancellationToken cancellationToken) =>
        RunAsync(tenantId, userId, cancellationToken); // jobs queued before the arguments were reduced to ids

    [DisplayName("Sync and analyse mailbox {1}")]
    [AutomaticRetry(Attempts = 4, DelaysInSeconds = [30, 120, 600, 1800], OnAttemptsExceeded = AttemptsExceededAction.Fail)] // then Failed on the dashboard
    public async Task RunAsync(Guid tenantId, Guid userId, CancellationToken cancellationToken)
    {
        var key = new MailboxKey(tenantId, userId);
        using var connection = storage.GetConnection();
        IDisposable mailboxLock;
        try
        {
            mailboxLock = connection.AcquireDistributedLock(JobIds.MailboxLock(tenantId, userId), TimeSpan.FromSeconds(5));
        }
        catch (DistributedLockTimeoutException)
        {
            // The same mailbox is being synced right now (another server or a retry): that run covers it.
            LogAlreadyRunning(logger, userId);
            return;
        }

        using (mailboxLock)
        {
            if (await mailboxes.FindAsync(key, cancellationToken) is null)
            {
                return; // opted out or removed since the job was queued
            }

            using var activity = NightTelemetry.StartMailbox(tenantId, userId);
            var started = time.GetTimestamp();
            try
            {
                var (report, _) = await pipeline.SyncAndAnalyzeAsync(key, cancellationToken);
                LogDone(logger, userId, report.Upserted, report.Requests);
                telemetry.MailboxDone(succeeded: true, time.GetElapsedTime(started));
            }
            catch (MailboxGoneException)
            {
                // Erased or offboarded while this sync ran (the store refused the page): nothing left to do, not a failure.
                LogGone(logger, userId);
            }
            catch (MailboxOutOfScopeException ex)
            {
                // Not a failure: Graph says the app may not read this mailbox. Retrying would get the same answer all night.
                var access = ex.Reason == MailboxOutOfScopeReason.NoExchangeMailbox ? MailboxAccess.NoExchangeMailbox : MailboxAccess.OutsideAppScope;
                if (await mailboxes.RecordOutOfScopeAsync(key, access, time.GetUtcNow(), CancellationToken.None))
                {
                    LogOutOfScope(logger, userId, access); // once, when it goes out of scope; each night's summary counts it
                }

                telemetry.MailboxDone(succeeded: true, time.GetElapsedTime(started));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                telemetry.MailboxDone(succeeded: false, time.GetElapsedTime(started));
                NightTelemetry.Failed(activity, ex);
                // Status and code only, in the failure record, the log and what Hangfire stores: Graph's text can quote
                // addresses and subjects.
                var summary = GraphErrorSummary.Of(ex);
                await mailboxes.RecordSyncFailureAsync(key, summary, CancellationToken.None);
                var failures = (await mailboxes.FindAsync(key, CancellationToken.None))?.ConsecutiveFailures ?? 0;
                if (failures > options.Value.MailboxAttempts)
                {
                    // Past a night's worth of attempts: the dashboard shows the job as Failed; say so loudly once.
                    LogKeepsFailing(logger, userId, failures, summary);
                }
                else
                {
                    LogFailed(logger, userId, failures, options.Value.MailboxAttempts, summary);
                }

                throw new JobFailureException(summary);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mailbox {UserId} synced and analysed: {Upserted} items, {Requests} requests")]
    private static partial void LogDone(ILogger logger, Guid userId, int upserted, int requests);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailbox {UserId} is out of the app's reach ({Access}): not synced until the directory or the app's scope changes; the admin status page lists it")]
    private static partial void LogOutOfScope(ILogger logger, Guid userId, MailboxAccess access);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mailbox {UserId} was erased or offboarded during its sync; stopped, nothing written")]
    private static partial void LogGone(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mailbox {UserId} is already being synced; skipping this run")]
    private static partial void LogAlreadyRunning(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailbox {UserId} failed: {Error} (consecutive failures: {Failures}; attempts per night: {Attempts})")]
    private static partial void LogFailed(ILogger logger, Guid userId, int failures, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mailbox {UserId} keeps failing: {Error} ({Failures} attempts in a row); it is retried next night, not before")]
    private static partial void LogKeepsFailing(ILogger logger, Guid userId, int failures, string error);
}

using Hangfire;
using Hangfire.Storage;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Analysis;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Features.Me;

/// <summary>
/// Opt-out: deletes every row about the user and leaves only the one-way opt-out marker, while holding the mailbox's
/// sync lock (the nightly job's), so a sync running at that moment cannot write rows back after the deletion.
/// Future nights skip the mailbox: the directory refresh does not record opted-out users.
/// </summary>
internal sealed partial class UserDataEraser(UserDataStore userData, TenantDirectory directory, JobStorage storage, ILogger<UserDataEraser> logger)
{
    /// <summary>How long to wait for a running sync of the mailbox. Default 5 s; after that the caller retries.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(5);

    /// <summary>False when a sync of the mailbox is running (nothing was deleted).</summary>
    public async Task<bool> EraseAndOptOutAsync(MailboxKey key, CancellationToken cancellationToken)
    {
        using var connection = storage.GetConnection();
        IDisposable mailboxLock;
        try
        {
            mailboxLock = connection.AcquireDistributedLock(JobIds.MailboxLock(key.TenantId, key.UserId), LockWait);
        }
        catch (DistributedLockTimeoutException)
        {
            return false;
        }

        using (mailboxLock)
        {
            await userData.EraseAndOptOutAsync(key, cancellationToken);
        }

        directory.Invalidate(key.TenantId); // the cached names included the user's mailbox
        LogOptedOut(logger, key.TenantId);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A user of tenant {TenantId} deleted their data and opted out")]
    private static partial void LogOptedOut(ILogger logger, Guid tenantId);
}

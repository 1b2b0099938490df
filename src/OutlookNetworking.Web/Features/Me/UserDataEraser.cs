using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Analysis;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Features.Me;

/// <summary>
/// Opt-out: deletes every row about the user and leaves only the one-way opt-out marker, while holding the mailbox's
/// sync lock (the nightly job's), so a sync running at that moment cannot write rows back after the deletion.
/// Its queued jobs go too. Future nights skip the mailbox: the directory refresh does not record opted-out users.
/// </summary>
internal sealed partial class UserDataEraser(UserDataStore userData, TenantDirectory directory, SyncLocks locks, QueuedJobs queued, ILogger<UserDataEraser> logger)
{
    /// <summary>False when a sync of the mailbox held its lock past <c>Hangfire:DeletionLockWait</c> (nothing was deleted).</summary>
    public async Task<bool> EraseAndOptOutAsync(MailboxKey key, CancellationToken cancellationToken)
    {
        using (var held = locks.TakeMailbox(key))
        {
            if (held is null)
            {
                return false;
            }

            await userData.EraseAndOptOutAsync(key, cancellationToken);
            queued.Remove(key.TenantId, key.UserId); // its mailbox, digest and re-analysis jobs
        }

        directory.Invalidate(key.TenantId); // the cached names included the user's mailbox
        LogOptedOut(logger, key.TenantId);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A user of tenant {TenantId} deleted their data and opted out")]
    private static partial void LogOptedOut(ILogger logger, Guid tenantId);
}

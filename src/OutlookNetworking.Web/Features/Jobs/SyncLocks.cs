using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>
/// The locks a sync takes (the tenant night's, each mailbox job's), taken by offboarding and erasure before they delete,
/// so no night or mailbox sync of theirs runs while rows go. Waits <see cref="JobsOptions.DeletionLockWait"/> in all.
/// </summary>
internal sealed class SyncLocks(JobStorage storage, MailboxStore mailboxes, IOptions<JobsOptions> options, TimeProvider time)
{
    /// <summary>The tenant's night lock and the lock of every mailbox it has; null when one stayed held past the wait
    /// (then none is held).</summary>
    public async Task<IDisposable?> TakeTenantAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var held = new Held(storage.GetConnection());
        var deadline = time.GetUtcNow() + options.Value.DeletionLockWait;
        if (!held.Take(JobIds.TenantNightLock(tenantId), deadline - time.GetUtcNow()))
        {
            return null;
        }

        // Listed under the night lock: no night is adding mailboxes meanwhile.
        foreach (var mailbox in await mailboxes.ListAsync(tenantId, cancellationToken))
        {
            if (!held.Take(JobIds.MailboxLock(tenantId, mailbox.UserId), deadline - time.GetUtcNow()))
            {
                return null;
            }
        }

        return held;
    }

    /// <summary>The mailbox's lock; null when its sync held it past the wait.</summary>
    public IDisposable? TakeMailbox(MailboxKey mailbox)
    {
        var held = new Held(storage.GetConnection());
        return held.Take(JobIds.MailboxLock(mailbox.TenantId, mailbox.UserId), options.Value.DeletionLockWait) ? held : null;
    }

    /// <summary>Locks taken on one storage connection, released (and the connection closed) together.</summary>
    private sealed class Held(IStorageConnection connection) : IDisposable
    {
        private readonly List<IDisposable> _locks = [];

        public bool Take(string resource, TimeSpan wait)
        {
            try
            {
                _locks.Add(connection.AcquireDistributedLock(resource, wait > TimeSpan.Zero ? wait : TimeSpan.Zero));
                return true;
            }
            catch (DistributedLockTimeoutException)
            {
                Dispose();
                return false;
            }
        }

        public void Dispose()
        {
            for (var i = _locks.Count - 1; i >= 0; i--)
            {
                _locks[i].Dispose();
            }

            _locks.Clear();
            connection.Dispose();
        }
    }
}

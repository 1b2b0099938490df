using OutlookNetworking.Graph.Sync;

namespace OutlookNetworking.Web.Tests.Lifecycle;

/// <summary>The real sink, with a deletion (offboarding, erasure) landing while the sync's first page is pending: after
/// Graph answered it, before it is stored.</summary>
internal sealed class DeletingSink(IMailboxSyncSink inner, Func<Task> delete) : PageHookedSyncSink(inner)
{
    private int _deleted;

    public bool Deleted => Volatile.Read(ref _deleted) == 1;

    protected override async Task BeforePageAsync(MailboxRef mailbox)
    {
        if (Interlocked.Exchange(ref _deleted, 1) == 0)
        {
            await delete();
        }
    }
}

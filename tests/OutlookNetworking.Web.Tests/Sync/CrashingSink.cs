using OutlookNetworking.Graph.Sync;

namespace OutlookNetworking.Web.Tests.Sync;

/// <summary>
/// The real sink, with a crash injected at page k: before the page is stored (the page and its link are
/// lost) or after it is stored (the next page is never fetched). Like a process dying mid-sync.
/// </summary>
internal sealed class CrashingSink(IMailboxSyncSink inner) : PageHookedSyncSink(inner)
{
    private int _pagesLeft = int.MaxValue;
    private bool _afterStore;

    public void CrashAt(int page, bool afterStore)
    {
        _pagesLeft = page;
        _afterStore = afterStore;
    }

    public void Disarm() => _pagesLeft = int.MaxValue;

    protected override Task BeforePageAsync(MailboxRef mailbox)
    {
        CrashIfDue(before: true);
        return Task.CompletedTask;
    }

    protected override void AfterPage(MailboxRef mailbox) => CrashIfDue(before: false);

    private void CrashIfDue(bool before)
    {
        if (before && Interlocked.Decrement(ref _pagesLeft) == 0 && !_afterStore)
        {
            throw new SimulatedCrashException();
        }

        if (!before && Volatile.Read(ref _pagesLeft) == 0 && _afterStore)
        {
            _pagesLeft = -1;
            throw new SimulatedCrashException();
        }
    }
}

internal sealed class SimulatedCrashException() : Exception("Simulated crash between pages.");

using System.Collections.Concurrent;
using OutlookNetworking.Graph.Sync;
using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.Cli.Commands.Chaos;

/// <summary>
/// Passes everything to the real sink and, when a mailbox has stored <c>afterPages</c> pages in a
/// round, expires that mailbox's delta and next links in the simulator once: the streams in flight
/// get 410 Gone in the middle of their round.
/// </summary>
internal sealed class TokenExpiringSink(IMailboxSyncSink inner, SimulatorControl control, int afterPages) : PageHookedSyncSink(inner)
{
    private readonly ConcurrentDictionary<Guid, int> _pages = new();
    private int _expiries;

    public int Expiries => Volatile.Read(ref _expiries);

    /// <summary>A new round: every mailbox gets its mid-round expiry again.</summary>
    public void NextRound() => _pages.Clear();

    /// <summary>Expires every link of <paramref name="userId"/> now (counted with the mid-run expiries).</summary>
    public void Expire(Guid userId)
    {
        control.ExpireDeltaTokens(userId.ToString());
        Interlocked.Increment(ref _expiries);
    }

    protected override void AfterPage(MailboxRef mailbox)
    {
        if (afterPages > 0 && _pages.AddOrUpdate(mailbox.UserId, 1, static (_, n) => n + 1) == afterPages)
        {
            Expire(mailbox.UserId);
        }
    }
}

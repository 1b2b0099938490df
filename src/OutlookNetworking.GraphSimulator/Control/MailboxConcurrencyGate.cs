using System.Collections.Concurrent;

namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>
/// Graph's Outlook limit of concurrent requests per mailbox (4 by default): a request beyond it is
/// refused (429 MailboxConcurrency) instead of queued.
/// </summary>
internal sealed class MailboxConcurrencyGate(int limit, CounterSet counters)
{
    private readonly ConcurrentDictionary<string, StrongBox> _inFlight = new(StringComparer.OrdinalIgnoreCase);

    public int Limit { get; } = limit;

    /// <summary>Takes a slot; false (and no slot held) when the mailbox is at its limit.</summary>
    public bool TryEnter(string mailbox)
    {
        var box = _inFlight.GetOrAdd(mailbox, static _ => new StrongBox());
        var now = Interlocked.Increment(ref box.Value);
        counters.ObserveConcurrency(mailbox, now);
        if (now > Limit)
        {
            Interlocked.Decrement(ref box.Value);
            return false;
        }

        return true;
    }

    public void Exit(string mailbox)
    {
        if (_inFlight.TryGetValue(mailbox, out var box))
        {
            Interlocked.Decrement(ref box.Value);
        }
    }

    private sealed class StrongBox
    {
        public int Value;
    }
}

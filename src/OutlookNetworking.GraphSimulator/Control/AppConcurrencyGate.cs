namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>
/// Graph's Outlook limit of concurrent requests per app, whichever mailboxes they address (docs: throttling-limits,
/// "Limits per app ID": "Outlook can execute up to 4 concurrent requests … regardless of whether the requests all access
/// the same mailbox, or access different mailboxes"; another stored version of the page puts the 4 per mailbox: the
/// simulator plays the stricter reading, graph-fidelity GF-16). A request beyond it is refused (429), not queued.
/// </summary>
internal sealed class AppConcurrencyGate(int limit, CounterSet counters)
{
    private int _inFlight;

    public int Limit { get; } = limit;

    /// <summary>Takes a slot; false (and no slot held) when the app is at its limit.</summary>
    public bool TryEnter()
    {
        var now = Interlocked.Increment(ref _inFlight);
        counters.ObserveAppConcurrency(now);
        if (now > Limit)
        {
            Interlocked.Decrement(ref _inFlight);
            return false;
        }

        return true;
    }

    public void Exit() => Interlocked.Decrement(ref _inFlight);
}

using System.Collections.Concurrent;

namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>
/// Graph's Outlook limit of requests per app and mailbox: 10,000 in any 10 minutes (docs: throttling-limits, "Limits per
/// app ID and mailbox combination"), on the wall clock. A request beyond it answers 429 with the seconds until the oldest
/// request of the window leaves it.
/// </summary>
internal sealed class MailboxRequestRate(int limit, TimeSpan window, TimeProvider wallClock)
{
    private readonly ConcurrentDictionary<string, Queue<long>> _recent = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Counts the request; null when it is within the limit, else how long to wait (it is not counted then).</summary>
    public TimeSpan? TryCount(string mailbox)
    {
        var now = wallClock.GetUtcNow().UtcTicks;
        var queue = _recent.GetOrAdd(mailbox, static _ => new Queue<long>());
        lock (queue)
        {
            while (queue.Count > 0 && queue.Peek() <= now - window.Ticks)
            {
                queue.Dequeue();
            }

            if (queue.Count >= limit)
            {
                return TimeSpan.FromTicks(queue.Peek() + window.Ticks - now);
            }

            queue.Enqueue(now);
            return null;
        }
    }
}

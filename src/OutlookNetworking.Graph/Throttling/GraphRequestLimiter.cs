using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace OutlookNetworking.Graph.Throttling;

/// <summary>
/// Keeps this deployment within Outlook's limits (graph-fidelity GF-16) and the configured cap: at most
/// <see cref="GraphOptions.MaxConcurrentRequestsPerMailbox"/> requests in flight per mailbox, and at most
/// <see cref="GraphOptions.MaxConcurrentRequests"/> in flight in all, counted in this process and, when several
/// instances run, in the shared store too (<see cref="IGraphRequestSlots"/>). A <c>$batch</c> weighs as many requests
/// as Graph runs of it at once. Waiters are served first come, first served. After a 429, a mailbox's requests wait
/// for its Retry-After before they go again.
/// </summary>
public sealed class GraphRequestLimiter : IDisposable
{
    private readonly GraphOptions _options;
    private readonly IGraphRequestSlots? _shared;
    private readonly TimeProvider _time;
    private readonly ConcurrencyLimiter _all;
    private readonly ConcurrentDictionary<string, ConcurrencyLimiter> _mailboxes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _throttledUntil = new(StringComparer.Ordinal);

    /// <param name="shared">The shared store's slots when several instances run; null holds the cap in process.</param>
    /// <param name="realTime">The clock Retry-After waits run on: real time (<see cref="TimeProvider.System"/>) by default,
    /// whatever clock the application reads (a demo or a test may run on a simulated one).</param>
    public GraphRequestLimiter(IOptions<GraphOptions> options, IGraphRequestSlots? shared = null, TimeProvider? realTime = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = realTime ?? TimeProvider.System;
        _shared = shared;
        _all = Limiter(_options.MaxConcurrentRequests);
    }

    /// <summary>The cap in force for the whole deployment.</summary>
    public int Cap => _options.MaxConcurrentRequests;

    /// <summary>Whether the cap is held in the shared store (several instances) or in this process alone.</summary>
    public bool IsShared => _shared is not null;

    /// <summary>Waits until <paramref name="shape"/> may go; disposing the result gives its places back.</summary>
    internal async ValueTask<IAsyncDisposable> AcquireAsync(GraphRequestShape shape, CancellationToken cancellationToken)
    {
        var leases = new List<IDisposable>();
        IAsyncDisposable? shared = null;
        try
        {
            // Always in the same order (mailboxes sorted, then the whole), so two batches never wait on each other.
            foreach (var (mailbox, count) in shape.PerMailbox.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                await WaitOutThrottlingAsync(mailbox, cancellationToken);
                var limiter = _mailboxes.GetOrAdd(mailbox, _ => Limiter(_options.MaxConcurrentRequestsPerMailbox));
                leases.Add(await AcquireAsync(limiter, Math.Min(count, _options.MaxConcurrentRequestsPerMailbox), cancellationToken));
            }

            var permits = Math.Min(shape.Concurrent, Cap);
            leases.Add(await AcquireAsync(_all, permits, cancellationToken));
            if (_shared is not null)
            {
                shared = await _shared.TakeAsync(permits, Cap, cancellationToken);
            }

            return new Held(leases, shared);
        }
        catch
        {
            foreach (var lease in leases)
            {
                lease.Dispose();
            }

            throw;
        }
    }

    /// <summary>A mailbox answered 429 (or 503) with a Retry-After: its next requests wait that long.</summary>
    internal void Throttled(string mailbox, TimeSpan retryAfter)
    {
        var until = _time.GetUtcNow() + retryAfter;
        _throttledUntil.AddOrUpdate(mailbox, until, (_, current) => current > until ? current : until);
    }

    public void Dispose()
    {
        _all.Dispose();
        foreach (var limiter in _mailboxes.Values)
        {
            limiter.Dispose();
        }
    }

    private async Task WaitOutThrottlingAsync(string mailbox, CancellationToken cancellationToken)
    {
        if (_throttledUntil.TryGetValue(mailbox, out var until) && until - _time.GetUtcNow() is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    private static async Task<RateLimitLease> AcquireAsync(ConcurrencyLimiter limiter, int permits, CancellationToken cancellationToken)
    {
        var lease = await limiter.AcquireAsync(permits, cancellationToken);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new InvalidOperationException("The Graph request limiter refused a request it should have queued.");
        }

        return lease;
    }

    private static ConcurrencyLimiter Limiter(int permits) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = permits,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private sealed class Held(List<IDisposable> leases, IAsyncDisposable? shared) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (shared is not null)
            {
                await shared.DisposeAsync();
            }

            for (var i = leases.Count - 1; i >= 0; i--)
            {
                leases[i].Dispose();
            }
        }
    }
}

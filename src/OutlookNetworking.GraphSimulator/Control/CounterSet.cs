using System.Collections.Concurrent;

namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>The live counters behind <see cref="SimulatorCounters"/>.</summary>
internal sealed class CounterSet
{
    private readonly ConcurrentDictionary<string, long> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _maxConcurrency = new(StringComparer.OrdinalIgnoreCase);
    private int _maxAppConcurrency;
    private long _appConcurrencyRejections;
    private long _rateLimitRejections;
    private long _expiredTokens;
    private long _requests;
    private long _concurrencyRejections;
    private long _metadataGuard;
    private long _unauthorized;
    private long _withoutImmutableId;

    public void Request() => Interlocked.Increment(ref _requests);

    public void Fault(string kind) => _faults.AddOrUpdate(kind, 1, static (_, n) => n + 1);

    public void ConcurrencyRejected() => Interlocked.Increment(ref _concurrencyRejections);

    public void AppConcurrencyRejected() => Interlocked.Increment(ref _appConcurrencyRejections);

    public void RateLimited() => Interlocked.Increment(ref _rateLimitRejections);

    public void ExpiredToken() => Interlocked.Increment(ref _expiredTokens);

    public void ObserveAppConcurrency(int inFlight)
    {
        var max = Volatile.Read(ref _maxAppConcurrency);
        while (inFlight > max)
        {
            var seen = Interlocked.CompareExchange(ref _maxAppConcurrency, inFlight, max);
            if (seen == max)
            {
                return;
            }

            max = seen;
        }
    }

    public void MetadataGuard() => Interlocked.Increment(ref _metadataGuard);

    public void Unauthorized() => Interlocked.Increment(ref _unauthorized);

    public void WithoutImmutableId() => Interlocked.Increment(ref _withoutImmutableId);

    public void ObserveConcurrency(string mailbox, int inFlight) =>
        _maxConcurrency.AddOrUpdate(mailbox, inFlight, (_, max) => Math.Max(max, inFlight));

    public SimulatorCounters Snapshot() => new(
        Interlocked.Read(ref _requests),
        new SortedDictionary<string, long>(_faults, StringComparer.Ordinal),
        new SortedDictionary<string, int>(_maxConcurrency, StringComparer.OrdinalIgnoreCase),
        Interlocked.Read(ref _concurrencyRejections),
        Interlocked.Read(ref _metadataGuard),
        Interlocked.Read(ref _unauthorized),
        Interlocked.Read(ref _withoutImmutableId))
    {
        MaxConcurrentRequests = Volatile.Read(ref _maxAppConcurrency),
        AppConcurrencyRejections = Interlocked.Read(ref _appConcurrencyRejections),
        RateLimitRejections = Interlocked.Read(ref _rateLimitRejections),
        ExpiredTokenRejections = Interlocked.Read(ref _expiredTokens),
    };

    public void Reset()
    {
        _faults.Clear();
        _maxConcurrency.Clear();
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _concurrencyRejections, 0);
        Interlocked.Exchange(ref _metadataGuard, 0);
        Interlocked.Exchange(ref _unauthorized, 0);
        Interlocked.Exchange(ref _withoutImmutableId, 0);
        Interlocked.Exchange(ref _maxAppConcurrency, 0);
        Interlocked.Exchange(ref _appConcurrencyRejections, 0);
        Interlocked.Exchange(ref _rateLimitRejections, 0);
        Interlocked.Exchange(ref _expiredTokens, 0);
    }
}

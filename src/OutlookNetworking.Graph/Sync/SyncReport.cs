namespace OutlookNetworking.Graph.Sync;

/// <summary>What one mailbox sync did, for logs, tests and benchmarks.</summary>
public sealed class SyncReport
{
    private readonly Dictionary<string, int> _skipped = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _requests;
    private int _pages;
    private int _upserted;
    private int _removed;
    private int _retries;
    private int _restarts;
    private int _streams;
    private int _deltaRequests;
    private int _masterBatches;
    private int _masterReads;
    private int _rereadBatches;
    private int _rereads;

    public int Requests => _requests;

    public int Pages => _pages;

    public int Upserted => _upserted;

    public int Removed => _removed;

    /// <summary>Page fetches repeated after a transient failure the SDK did not absorb.</summary>
    public int Retries => _retries;

    /// <summary>Streams started over because their delta token expired.</summary>
    public int Restarts => _restarts;

    public int Streams => _streams;

    /// <summary>Delta pages asked for (retries included).</summary>
    public int DeltaRequests => _deltaRequests;

    /// <summary><c>$batch</c> calls that read series masters the delta round did not carry (GF-2).</summary>
    public int MasterBatches => _masterBatches;

    /// <summary>Master reads inside those calls, retried steps included.</summary>
    public int MasterReads => _masterReads;

    /// <summary><c>$batch</c> calls that read active series again (GF-4).</summary>
    public int SeriesRereadBatches => _rereadBatches;

    /// <summary>Series re-reads inside those calls (retried steps and follow-up pages included): at most one per active
    /// series on a night without failures.</summary>
    public int SeriesRereads => _rereads;

    /// <summary>Items that could not be read, by reason.</summary>
    public IReadOnlyDictionary<string, int> Skipped
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_skipped, StringComparer.Ordinal);
            }
        }
    }

    internal void CountRequest() => Interlocked.Increment(ref _requests);

    /// <summary>Counts <paramref name="count"/> requests (a batch, or the steps of a batch sent again).</summary>
    internal void CountRequests(int count) => Interlocked.Add(ref _requests, count);

    internal void CountDeltaRequest()
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Increment(ref _deltaRequests);
    }

    /// <summary>A <c>$batch</c> call reading series masters, with its steps (its requests are counted by
    /// <see cref="CountRequests"/>).</summary>
    internal void CountMasterBatch(int steps)
    {
        Interlocked.Increment(ref _masterBatches);
        Interlocked.Add(ref _masterReads, steps);
    }

    /// <summary>A <c>$batch</c> call reading series again, with its steps (its requests are counted by
    /// <see cref="CountRequests"/>).</summary>
    internal void CountRereadBatch(int steps)
    {
        Interlocked.Increment(ref _rereadBatches);
        Interlocked.Add(ref _rereads, steps);
    }

    internal void CountReread()
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Increment(ref _rereads);
    }

    internal void CountRetry() => Interlocked.Increment(ref _retries);

    internal void CountRestart() => Interlocked.Increment(ref _restarts);

    internal void CountStream() => Interlocked.Increment(ref _streams);

    internal void CountPage(int upserted, int removed, IReadOnlyDictionary<string, int> skipped)
    {
        Interlocked.Increment(ref _pages);
        Interlocked.Add(ref _upserted, upserted);
        Interlocked.Add(ref _removed, removed);
        if (skipped.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var (reason, count) in skipped)
            {
                _skipped[reason] = _skipped.GetValueOrDefault(reason) + count;
            }
        }
    }
}

using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Data.Sync;

/// <summary>
/// Queues this process's page writes on SQLite, which has one writer at a time: a page waiting for another stream's
/// page then starts the moment that one commits, instead of sleeping in SQLite's busy handler (which polls the lock at
/// 1, 2, 5, 10… ms and leaves the database idle in between). Writers in other processes still meet the busy timeout.
/// PostgreSQL writes rows concurrently: no gate.
/// </summary>
internal sealed class PageWriteGate(StorageProvider provider) : IDisposable
{
    private readonly SemaphoreSlim? _gate = provider == StorageProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;

    public async ValueTask<Releaser> EnterAsync(CancellationToken cancellationToken)
    {
        if (_gate is not null)
        {
            await _gate.WaitAsync(cancellationToken);
        }

        return new Releaser(_gate);
    }

    public void Dispose() => _gate?.Dispose();

    /// <summary>Leaves the gate when disposed.</summary>
    internal readonly struct Releaser(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}

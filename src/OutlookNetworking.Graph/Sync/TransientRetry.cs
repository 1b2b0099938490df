namespace OutlookNetworking.Graph.Sync;

/// <summary>Runs an idempotent read again after a transient failure (see <see cref="GraphErrors.IsTransient"/>),
/// with exponential back-off from a base delay (capped at 30 s) or the server's Retry-After.</summary>
internal static class TransientRetry
{
    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> read, int attempts, TimeSpan baseDelay,
        TimeProvider time, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await read(cancellationToken);
            }
            catch (Exception ex) when (attempt < attempts && GraphErrors.IsTransient(ex, cancellationToken))
            {
                var delay = GraphErrors.RetryAfter(ex)
                            ?? TimeSpan.FromMilliseconds(Math.Min(30_000, baseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1)));
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }
}

namespace OutlookNetworking.Graph.Throttling;

/// <summary>
/// The deployment-wide share of <see cref="GraphOptions.MaxConcurrentRequests"/> when several instances run: slots
/// held in the shared store, so the cap holds across all workers. Not registered on a single instance (the cap is then
/// held in process alone).
/// </summary>
public interface IGraphRequestSlots
{
    /// <summary>Takes <paramref name="count"/> of the deployment's <paramref name="cap"/> slots, waiting until they are
    /// free; disposing the result gives them back.</summary>
    ValueTask<IAsyncDisposable> TakeAsync(int count, int cap, CancellationToken cancellationToken);
}

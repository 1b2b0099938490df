using OutlookNetworking.Data.Coordination;
using OutlookNetworking.Graph.Throttling;

namespace OutlookNetworking.Web.Features.Throttling;

/// <summary>
/// The cap on concurrent Graph requests (<c>Graph:MaxConcurrentRequests</c>) across every instance of a deployment on
/// PostgreSQL: slots in the shared store (<see cref="GraphRequestSlotTable"/>, leased so a crashed worker frees its own).
/// A slot that cannot be given back (the database unreachable for a moment) frees itself when its lease runs out.
/// </summary>
internal sealed partial class SharedGraphRequestSlots(GraphRequestSlotTable table, ILogger<SharedGraphRequestSlots> logger)
    : IGraphRequestSlots
{
    public async ValueTask<IAsyncDisposable> TakeAsync(int count, int cap, CancellationToken cancellationToken)
    {
        var (slots, holder) = await table.TakeAsync(count, cap, cancellationToken);
        return new Taken(this, slots, holder);
    }

    private async ValueTask ReleaseAsync(int[] slots, Guid holder)
    {
        try
        {
            await table.ReleaseAsync(slots, holder, CancellationToken.None);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
        {
            LogReleaseFailed(logger, slots.Length, GraphRequestSlotTable.Lease, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not give back {Count} Graph request slots; they free themselves when their lease runs out ({Lease})")]
    private static partial void LogReleaseFailed(ILogger logger, int count, TimeSpan lease, Exception error);

    private sealed class Taken(SharedGraphRequestSlots owner, int[] slots, Guid holder) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => owner.ReleaseAsync(slots, holder);
    }
}

using System.Collections.Concurrent;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>Records every first sync requested.</summary>
public sealed class RecordingFirstSyncScheduler : IFirstSyncScheduler
{
    public ConcurrentQueue<Guid> Enqueued { get; } = new();

    public Task EnqueueFirstSyncAsync(Guid tenantId, CancellationToken ct)
    {
        Enqueued.Enqueue(tenantId);
        return Task.CompletedTask;
    }
}

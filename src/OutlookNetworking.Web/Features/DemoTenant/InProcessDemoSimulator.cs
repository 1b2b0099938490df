using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Snapshot;

namespace OutlookNetworking.Web.Features.DemoTenant;

/// <summary>
/// The simulator started inside the host, on a loopback port, when the app first needs Graph (its options), that is
/// while the host starts.
/// </summary>
internal sealed class InProcessDemoSimulator(TenantSnapshot snapshot) : IDemoSimulator, IAsyncDisposable
{
    private readonly Lazy<GraphSimulatorHost> _host = new(() => StartDetached(snapshot));

    public string BaseUrl => _host.Value.BaseUrl;

    public Task SetClockAsync(DateTimeOffset utcNow, CancellationToken cancellationToken)
    {
        _host.Value.Control.SetClock(utcNow);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SentMail>> ReadOutboxAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_host.Value.Control.Outbox);

    public async ValueTask DisposeAsync()
    {
        if (_host.IsValueCreated)
        {
            await _host.Value.DisposeAsync();
        }
    }

    /// <summary>
    /// Starts the simulator's own web host on a clean execution context. It starts while the app's host is starting,
    /// and whatever observes that host's build through its async context (WebApplicationFactory's host resolver keeps
    /// listening to "HostBuilding" on it) would otherwise apply the app's test configuration to the simulator's host too
    /// (a TestServer instead of Kestrel: no address, a failed start).
    /// </summary>
    private static GraphSimulatorHost StartDetached(TenantSnapshot snapshot)
    {
        Task<GraphSimulatorHost> start;
        using (ExecutionContext.SuppressFlow())
        {
            start = Task.Run(() => GraphSimulatorHost.StartAsync(new SimulatorOptions { Snapshot = snapshot }));
        }

        return start.GetAwaiter().GetResult();
    }
}

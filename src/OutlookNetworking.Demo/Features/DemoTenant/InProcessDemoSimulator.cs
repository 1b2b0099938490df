using System.Globalization;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Snapshot;

namespace OutlookNetworking.Demo.Features.DemoTenant;

/// <summary>
/// The simulator started inside the host, on a loopback port, when the app first needs Graph (its options), that is
/// while the host starts. The port is kept in <paramref name="portFile"/> (the demo's data directory) and taken again at
/// the next start: the store keeps the simulator's delta links (<c>http://127.0.0.1:PORT/v1.0/…</c>), so a restarted
/// demo on a new port would find every mailbox's next sync refused.
/// </summary>
internal sealed class InProcessDemoSimulator(TenantSnapshot snapshot, string portFile) : IDemoSimulator, IAsyncDisposable
{
    private readonly Lazy<GraphSimulatorHost> _host = new(() => StartDetached(snapshot, portFile));

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
    private static GraphSimulatorHost StartDetached(TenantSnapshot snapshot, string portFile)
    {
        Task<GraphSimulatorHost> start;
        using (ExecutionContext.SuppressFlow())
        {
            start = Task.Run(() => StartOnKeptPortAsync(snapshot, portFile));
        }

        return start.GetAwaiter().GetResult();
    }

    /// <summary>On the port of the previous run when there was one and it is free, else on a free port; the port is kept.</summary>
    private static async Task<GraphSimulatorHost> StartOnKeptPortAsync(TenantSnapshot snapshot, string portFile)
    {
        GraphSimulatorHost? host = null;
        if (ReadPort(portFile) is { } kept)
        {
            try
            {
                host = await GraphSimulatorHost.StartAsync(new SimulatorOptions { Snapshot = snapshot, Port = kept });
            }
            catch (IOException)
            {
                // taken by another process since: a new port (DemoLinkRebaser moves the stored links onto it at start)
            }
        }

        host ??= await GraphSimulatorHost.StartAsync(new SimulatorOptions { Snapshot = snapshot });
        Directory.CreateDirectory(Path.GetDirectoryName(portFile)!);
        await File.WriteAllTextAsync(portFile, new Uri(host.BaseUrl).Port.ToString(CultureInfo.InvariantCulture));
        return host;
    }

    private static int? ReadPort(string portFile) =>
        File.Exists(portFile) && int.TryParse(File.ReadAllText(portFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            && port is > 0 and <= 65535
            ? port
            : null;
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Http;
using OutlookNetworking.GraphSimulator.Snapshot;

namespace OutlookNetworking.GraphSimulator;

/// <summary>
/// A Microsoft Graph-compatible HTTP server (Kestrel, loopback) over a tenant snapshot.
/// <code>
/// await using var sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = dir }, ct);
/// var graph = new GraphServiceClient(authProvider, sim.BaseUrl);   // "http://127.0.0.1:PORT/v1.0"
/// </code>
/// </summary>
public sealed class GraphSimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly BatchDispatcher _dispatcher;

    private GraphSimulatorHost(WebApplication app, SimulatorState state, SimulatorControl control, BatchDispatcher dispatcher, Uri root)
    {
        _app = app;
        _dispatcher = dispatcher;
        RootUri = root;
        Control = control;
        Snapshot = state.Snapshot;
        Clock = state.Clock;
    }

    /// <summary>The Graph service root, e.g. <c>http://127.0.0.1:5123/v1.0</c> (no trailing slash).</summary>
    public string BaseUrl => RootUri.ToString().TrimEnd('/') + "/v1.0";

    /// <summary>The server root, e.g. <c>http://127.0.0.1:5123/</c>; the HTTP control surface is under <c>/_simulator</c>.</summary>
    public Uri RootUri { get; }

    public SimulatorControl Control { get; }

    /// <summary>The loaded snapshot: tenant (with <c>now</c>), users, rooms and the load report.</summary>
    public TenantSnapshot Snapshot { get; }

    /// <summary>The simulator's clock (starts at the snapshot's <c>now</c>); a <see cref="TimeProvider"/> for the app under test.</summary>
    public SimulatorClock Clock { get; }

    /// <exception cref="SnapshotFormatException">The snapshot cannot be loaded.</exception>
    public static async Task<GraphSimulatorHost> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var snapshot = options.Snapshot
            ?? SnapshotLoader.Load(options.SnapshotPath ?? throw new ArgumentException("Set SnapshotPath or Snapshot.", nameof(options)), cancellationToken);
        var state = new SimulatorState(snapshot, options, TimeProvider.System);
        var dispatcher = new BatchDispatcher();
        var control = new SimulatorControl(state);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(GraphSimulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        options.ConfigureLogging?.Invoke(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
        });
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton(dispatcher);
        builder.Services.AddSingleton(control);

        var app = builder.Build();
        app.UseMiddleware<GraphPipelineMiddleware>();
        app.MapUsersApi();
        app.MapGroupsApi();
        app.MapMailFoldersApi();
        app.MapMessagesDeltaApi();
        app.MapMessagesApi();
        app.MapCalendarViewDeltaApi();
        app.MapEventsApi();
        app.MapSendMailApi();
        app.MapBatchApi();
        if (options.EnableHttpControl)
        {
            app.MapControlApi();
        }

        app.MapGraphFallback();

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            dispatcher.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var root = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        dispatcher.Root = root;
        return new GraphSimulatorHost(app, state, control, dispatcher, root);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _dispatcher.Dispose();
    }
}

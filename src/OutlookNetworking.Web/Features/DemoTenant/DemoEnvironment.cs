using OutlookNetworking.Graph;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Generator;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.Web.Features.Auth.Demo;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Web.Features.DemoTenant;

/// <summary>
/// The embedded default: a generated (or reused) demo tenant served by the Graph simulator on a
/// loopback port, with the app's Graph base URL, clock and demo directory pointed at it. Production
/// configuration is the same code with other options; this never runs in Production.
/// The simulator starts when the app first needs Graph (its options), that is while the host starts.
/// </summary>
internal sealed class DemoEnvironment : IAsyncDisposable
{
    private readonly Lazy<GraphSimulatorHost> _simulator;

    private DemoEnvironment(TenantSnapshot snapshot, string tenantPath)
    {
        Snapshot = snapshot;
        TenantPath = tenantPath;
        _simulator = new(() => StartDetached(snapshot));
    }

    public TenantSnapshot Snapshot { get; }

    public string TenantPath { get; }

    public GraphSimulatorHost Simulator => _simulator.Value;

    /// <summary>Sets up the demo tenant when <c>Demo:Enabled</c>; returns false otherwise.</summary>
    public static bool AddIfEnabled(WebApplicationBuilder builder)
    {
        var demo = builder.Configuration.GetSection(DemoOptions.SectionName).Get<DemoOptions>() ?? new DemoOptions();
        if (!demo.Enabled)
        {
            return false;
        }

        if (builder.Environment.IsProduction())
        {
            return false; // DemoOptionsValidator refuses to start, with the reason, before anything runs
        }

        var app = builder.Configuration.GetSection(AppOptions.SectionName).Get<AppOptions>() ?? new AppOptions();
        var tenantPath = Path.GetFullPath(demo.TenantPath ?? Path.Combine(app.DataDirectory, "demo-tenant"));
        if (!File.Exists(Path.Combine(tenantPath, "tenant.json")))
        {
            Console.Error.WriteLine($"Generating the demo tenant ({demo.Users} users, {demo.Months} months) in {tenantPath} ...");
            TenantGenerator.Generate(new TenantGeneratorOptions
            {
                OutputPath = tenantPath, Users = demo.Users, Months = demo.Months, Seed = demo.Seed,
            });
        }

        var snapshot = SnapshotLoader.Load(tenantPath);
        builder.Services.AddSingleton(_ => new DemoEnvironment(snapshot, tenantPath));
        builder.Services.AddOptions<GraphOptions>()
            .PostConfigure<DemoEnvironment>((graph, environment) => graph.BaseUrl = environment.Simulator.BaseUrl);
        builder.Services.AddSingleton<TimeProvider>(
            new DemoClock(snapshot.Now ?? TimeProvider.System.GetUtcNow(), TimeProvider.System));
        builder.Services.AddSingleton<IDemoDirectory>(new SnapshotDemoDirectory(snapshot));
        return true;
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

    public async ValueTask DisposeAsync()
    {
        if (_simulator.IsValueCreated)
        {
            await _simulator.Value.DisposeAsync();
        }
    }
}

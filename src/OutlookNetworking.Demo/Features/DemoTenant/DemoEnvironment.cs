using OutlookNetworking.Graph;
using OutlookNetworking.GraphSimulator.Generator;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.Demo.Features.Auth;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Demo.Features.DemoTenant;

/// <summary>
/// The embedded default: a generated (or reused) demo tenant served by the Graph simulator on a
/// loopback port (started inside the host, or already running elsewhere: <c>Demo:SimulatorUrl</c>), with the app's
/// Graph base URL, clock and demo directory pointed at it. The production host never has it (src/OutlookNetworking.Web references no simulator).
/// </summary>
internal sealed class DemoEnvironment : IAsyncDisposable
{
    private DemoEnvironment(TenantSnapshot snapshot, string tenantPath, IDemoSimulator simulator)
    {
        Snapshot = snapshot;
        TenantPath = tenantPath;
        Simulator = simulator;
    }

    /// <summary>The file in the data directory that keeps the in-process simulator's port from one start to the next.</summary>
    public const string SimulatorPortFile = "demo-simulator-port";

    public TenantSnapshot Snapshot { get; }

    public string TenantPath { get; }

    public IDemoSimulator Simulator { get; }

    /// <summary>Sets up the demo tenant: generated when missing, served by a simulator, with its clock and directory.</summary>
    public static void Add(WebApplicationBuilder builder)
    {
        var demo = builder.Configuration.GetSection(DemoOptions.SectionName).Get<DemoOptions>() ?? new DemoOptions();
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
        var external = ExternalSimulatorRoot(demo);
        builder.Services.AddSingleton(_ => new DemoEnvironment(snapshot, tenantPath,
            external is null
                ? new InProcessDemoSimulator(snapshot, Path.Combine(Path.GetFullPath(app.DataDirectory), SimulatorPortFile))
                : new ExternalDemoSimulator(external)));
        builder.Services.AddOptions<GraphOptions>()
            .PostConfigure<DemoEnvironment>((graph, environment) => graph.BaseUrl = environment.Simulator.BaseUrl);
        var start = snapshot.Now ?? TimeProvider.System.GetUtcNow();
        builder.Services.AddSingleton<TimeProvider>(demo.FreezeClock ? new FrozenDemoClock(start) : new DemoClock(start, TimeProvider.System));
        builder.Services.AddSingleton<IDemoDirectory>(new SnapshotDemoDirectory(snapshot));
    }

    /// <summary>The root of an outside simulator (<c>Demo:SimulatorUrl</c>), or null to start one in the host.</summary>
    private static Uri? ExternalSimulatorRoot(DemoOptions demo)
    {
        if (string.IsNullOrWhiteSpace(demo.SimulatorUrl))
        {
            return null;
        }

        return Uri.TryCreate(demo.SimulatorUrl, UriKind.Absolute, out var root) && root.Scheme is "http" or "https"
            ? new Uri(root.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/")
            : throw new InvalidOperationException(
                $"Demo:SimulatorUrl must be an absolute http(s) URL of a running simulator (serve-simulator), e.g. http://127.0.0.1:5123/; got '{demo.SimulatorUrl}'.");
    }

    public async ValueTask DisposeAsync()
    {
        switch (Simulator)
        {
            case IAsyncDisposable inProcess:
                await inProcess.DisposeAsync();
                break;
            case IDisposable external:
                external.Dispose();
                break;
        }
    }
}

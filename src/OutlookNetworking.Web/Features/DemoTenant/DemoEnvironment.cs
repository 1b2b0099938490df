using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Generator;
using OutlookNetworking.Web.Features.Auth.Demo;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Web.Features.DemoTenant;

/// <summary>
/// The embedded default: a generated (or reused) demo tenant served by the Graph simulator on a
/// loopback port, with the app's Graph base URL, clock and demo directory pointed at it. Production
/// configuration is the same code with other options; this never runs in Production.
/// </summary>
internal sealed class DemoEnvironment(GraphSimulatorHost simulator, string tenantPath) : IAsyncDisposable
{
    public GraphSimulatorHost Simulator { get; } = simulator;

    public string TenantPath { get; } = tenantPath;

    /// <summary>Starts the demo tenant when <c>Demo:Enabled</c>; returns null otherwise.</summary>
    public static async Task<DemoEnvironment?> StartIfEnabledAsync(WebApplicationBuilder builder)
    {
        var demo = builder.Configuration.GetSection(DemoOptions.SectionName).Get<DemoOptions>() ?? new DemoOptions();
        if (!demo.Enabled)
        {
            return null;
        }

        if (builder.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Demo mode is on (Demo:Enabled=true) but the environment is Production. Demo mode uses a simulated tenant " +
                "and a local token issuer and must never run in Production: turn Demo:Enabled off.");
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

        var simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = tenantPath });
        var environment = new DemoEnvironment(simulator, tenantPath);
        builder.Configuration["Graph:BaseUrl"] = simulator.BaseUrl;
        builder.Services.AddSingleton(environment);
        builder.Services.AddSingleton<TimeProvider>(
            new DemoClock(simulator.Snapshot.Now ?? TimeProvider.System.GetUtcNow(), TimeProvider.System));
        builder.Services.AddSingleton<IDemoDirectory>(new SnapshotDemoDirectory(simulator.Snapshot));
        builder.Services.AddHostedService<DemoTenantSeeder>();
        return environment;
    }

    public ValueTask DisposeAsync() => Simulator.DisposeAsync();
}

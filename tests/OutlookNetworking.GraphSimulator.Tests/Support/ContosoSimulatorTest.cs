namespace OutlookNetworking.GraphSimulator.Tests.Support;

/// <summary>A test class over its own simulator serving the contoso-stories fixture, with a plain Graph HTTP client.</summary>
public abstract class ContosoSimulatorTest : IAsyncLifetime
{
    protected GraphSimulatorHost Sim { get; private set; } = null!;

    internal GraphHttp Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = TestPaths.Contoso });
        Http = new GraphHttp(Sim);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Sim.DisposeAsync();
    }
}

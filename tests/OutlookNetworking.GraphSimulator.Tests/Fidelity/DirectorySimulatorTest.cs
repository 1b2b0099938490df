using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>A test class over its own simulator serving a <see cref="DirectorySnapshot"/>, with a plain Graph HTTP client.</summary>
public abstract class DirectorySimulatorTest(int extraMembers = 0) : IAsyncLifetime
{
    private readonly DirectorySnapshot _snapshot = new(extraMembers);

    protected GraphSimulatorHost Sim { get; private set; } = null!;

    internal GraphHttp Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = _snapshot.Path });
        Http = new GraphHttp(Sim);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Sim.DisposeAsync();
        _snapshot.Dispose();
    }
}

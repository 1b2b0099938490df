namespace OutlookNetworking.GraphSimulator.Tests.Support;

/// <summary>A test class over its own simulator serving <see cref="SeriesCalendar"/>, with a plain Graph HTTP client.</summary>
public abstract class SeriesSimulatorTest : IAsyncLifetime
{
    private SnapshotBuilder? _snapshot;

    protected GraphSimulatorHost Sim { get; private set; } = null!;

    internal GraphHttp Http { get; private set; } = null!;

    protected const string Utc = "outlook.timezone=\"UTC\"";

    protected const string Immutable = "IdType=\"ImmutableId\"";

    public async Task InitializeAsync()
    {
        _snapshot = SeriesCalendar.Write();
        Sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = _snapshot.Path });
        Http = new GraphHttp(Sim);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Sim.DisposeAsync();
        _snapshot?.Dispose();
    }
}

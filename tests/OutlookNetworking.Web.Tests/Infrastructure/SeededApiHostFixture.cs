namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>One seeded host shared by the tests of a class that only read, or change nothing another test reads.</summary>
public sealed class SeededApiHostFixture : IAsyncLifetime
{
    private ProductionTestHost? _host;

    public ProductionTestHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _host = await SeededApiHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

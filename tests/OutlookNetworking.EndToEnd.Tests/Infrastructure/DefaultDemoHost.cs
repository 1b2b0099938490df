namespace OutlookNetworking.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The demo as <c>dotnet run --project src/OutlookNetworking.Demo</c> serves it: its default generated tenant (40 users,
/// 12 months, seed 7) after the first night (the night <c>dotnet run</c> starts on its own, here run and waited for).
/// What the README's task-pane screenshots show.
/// </summary>
public sealed class DefaultDemoHost : IAsyncLifetime
{
    public LiveHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = LiveHost.StartDefaultTenant(AnalysedContosoHost.TestSettings);
        await Host.RunNightAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

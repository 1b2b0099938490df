namespace OutlookNetworking.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One live host over contoso-stories whose night has run (every mailbox synced and analysed), shared by the browser
/// tests that only read (they must not act on suggestions: tests that do start their own <see cref="LiveHost"/>).
/// Rate limits are raised: these tests load the pane as one user far more often than a person would.
/// </summary>
public sealed class AnalysedContosoHost : IAsyncLifetime
{
    public const string AvaUpn = "ava.patel@contoso.example";

    /// <summary>Settings of every pane test host: limits a browser test run would otherwise hit.</summary>
    public static IReadOnlyDictionary<string, string?> TestSettings { get; } = new Dictionary<string, string?>
    {
        ["RateLimits:BurstPerUser"] = "10000",
        ["RateLimits:PerSecondPerUser"] = "1000",
        ["RateLimits:BurstPerAnonymousClient"] = "10000",
    };

    public LiveHost Host { get; private set; } = null!;

    /// <summary>The API as Ava Patel, the fixture's user with a story for every suggestion kind.</summary>
    public DemoUserApi Ava { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = LiveHost.Start(settings: TestSettings);
        await Host.RunNightAsync();
        Ava = new DemoUserApi(Host, AvaUpn);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

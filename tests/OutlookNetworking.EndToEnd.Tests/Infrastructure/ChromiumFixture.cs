using Microsoft.Playwright;

namespace OutlookNetworking.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for every browser test of a run (Debian's /usr/bin/chromium, or
/// OUTLOOKNETWORKING_CHROMIUM; Playwright cannot download browsers here). Tests open a fresh context each
/// (<see cref="NewPageAsync"/>), so nothing leaks between them.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutableVariable = "OUTLOOKNETWORKING_CHROMIUM";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // A loaded machine (two cores shared with builds) can take a few seconds for a first page: wait up to 15 s.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync(_playwright);
    }

    /// <summary>Headless Chromium with this machine's arguments, plus <paramref name="extraArgs"/>.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] extraArgs) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable(ExecutableVariable) ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", .. extraArgs,
            ],
        });

    /// <summary>A page in a new context, <paramref name="width"/> CSS pixels wide, in the given colour scheme;
    /// <paramref name="ignoreHttpsErrors"/> for the live host's self-signed https origin.</summary>
    public Task<IPage> NewPageAsync(int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light, bool ignoreHttpsErrors = false) =>
        NewPageAsync(Browser, width, height, colorScheme, ignoreHttpsErrors);

    /// <summary>A page in a new context of <paramref name="browser"/> (see the instance overload).</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser, int width, int height, ColorScheme colorScheme, bool ignoreHttpsErrors)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
            DeviceScaleFactor = 1,
            IgnoreHTTPSErrors = ignoreHttpsErrors,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OutlookNetworking.EndToEnd.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.Digest;

namespace OutlookNetworking.EndToEnd.Tests.Digest;

/// <summary>The digest as a person sees it: the demo night run over HTTP, then Ava's digest opened in Chromium at
/// 600 px, in light and dark mode, its structure checked, and screenshots saved.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DigestBrowserTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string Ava = "ava.patel@contoso.example";
    private LiveHost _host = null!;
    private JsonElement _night;

    public async Task InitializeAsync()
    {
        _host = LiveHost.Start();
        using var http = _host.CreateHttpClient();
        using var night = await http.PostAsync(new Uri("/demo/night?timeoutSeconds=300", UriKind.Relative), null);
        night.EnsureSuccessStatusCode();
        _night = await night.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Digest_At600Pixels_ShowsSuggestionsLinksHealthAndChart()
    {
        Assert.Contains(_night.GetProperty("digests").EnumerateArray(), d => d.GetProperty("upn").GetString() == Ava && d.GetProperty("status").GetString() == "sent");
        using var http = _host.CreateHttpClient();
        var html = await http.GetStringAsync(new Uri("/digest/preview?upn=" + Ava, UriKind.Relative));
        Assert.Empty(EmailSafetyCheck.Violations(html));
        var page = await chromium.NewPageAsync(width: 600, height: 1000);

        var response = await page.GotoAsync(_host.Url("/digest/preview?upn=" + Ava));

        Assert.Equal(200, response!.Status);
        var card = page.GetByTestId("digest");
        var box = await card.BoundingBoxAsync();
        Assert.Equal(600, box!.Width, 1);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 600, "no horizontal scrolling at 600 px");
        Assert.StartsWith("Your follow-ups for ", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);

        var rows = page.GetByTestId("suggestion");
        var count = await rows.CountAsync();
        Assert.InRange(count, 1, 5);
        // The fixture's story: Ava meets Eli Cohen, silent since 2023, the next day at 10:00; meeting preparation leads.
        Assert.Equal("meetingPrep", await rows.First.GetAttributeAsync("data-kind"));
        Assert.Contains("You meet Eli Cohen tomorrow at 10:00", await rows.First.InnerTextAsync(), StringComparison.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var row = rows.Nth(i);
            Assert.False(string.IsNullOrWhiteSpace(await row.InnerTextAsync()));
            foreach (var action in new[] { "done", "snooze", "dismiss" })
            {
                var href = await row.Locator($"a[data-action={action}]").GetAttributeAsync("href");
                Assert.StartsWith(_host.Url("/digest/links/" + action + "?t="), href, StringComparison.Ordinal);
                Assert.True(await row.Locator($"a[data-action={action}]").IsVisibleAsync());
            }
        }

        var open = page.Locator("a[data-action=open]");
        Assert.True(await open.CountAsync() >= 1);
        Assert.StartsWith("https://outlook.office.com/", await open.First.GetAttributeAsync("href"), StringComparison.Ordinal);

        var health = page.GetByTestId("health-row");
        Assert.Equal(6, await health.CountAsync());
        foreach (var value in await page.GetByTestId("health-value").AllInnerTextsAsync())
        {
            Assert.Matches(@"^\d+%?$", value);
        }

        Assert.Matches(@"^(▲ \+\d+|▼ −\d+|no change)( pts)?$", await page.GetByTestId("health-change").First.InnerTextAsync());
        Assert.Equal(12, await page.GetByTestId("chart").Locator("tr").First.Locator("td[valign=bottom]").CountAsync());
        Assert.True(await page.GetByTestId("chart-bar").CountAsync() >= 1);
        Assert.True(await page.Locator("[data-testid=footer] a[data-action=unsubscribe]").IsVisibleAsync());

        var screenshot = await Screenshots.SaveAsync(page, "digest");
        Screenshots.PublishToDocs(screenshot, "digest.png");
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    [Fact]
    public async Task Digest_DarkMode_TextKeepsItsContrast()
    {
        var page = await chromium.NewPageAsync(width: 600, height: 1000, colorScheme: ColorScheme.Dark);
        await page.GotoAsync(_host.Url("/digest/preview?upn=" + Ava));

        var colours = await page.EvaluateAsync<string[]>("""
            () => {
              const card = document.querySelector('[data-testid=digest]');
              const text = document.querySelector('[data-testid=suggestion] div:nth-child(2)');
              return [getComputedStyle(card).backgroundColor, getComputedStyle(text).color];
            }
            """);

        Assert.True(Wcag.Luminance(colours[0]) < 0.1, "dark card: " + colours[0]);
        var contrast = Wcag.Contrast(colours[1], colours[0]);
        Assert.True(contrast >= Wcag.TextContrast, $"contrast {contrast:0.0} of {colours[1]} on {colours[0]}");
        await Screenshots.SaveAsync(page, "digest-dark");
    }
}

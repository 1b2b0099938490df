using Microsoft.Playwright;
using OutlookNetworking.EndToEnd.Tests.Infrastructure;

namespace OutlookNetworking.EndToEnd.Tests.TaskPane;

/// <summary>
/// The pane's looks in Chromium: light and dark (the demo's theme switch standing in for Office's theme, and the
/// browser's preference) and the narrowest pane Outlook shows (320 px). The README's pane screenshots are taken on the
/// demo's default tenant (<see cref="TaskPaneDefaultDemoTests"/>).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TaskPaneLayoutTests(ChromiumFixture chromium, AnalysedContosoHost contoso)
{
    private const string Ben = "ben.okafor@contoso.example";

    [Fact]
    public async Task ThemeToggle_Clicked_SwitchesToDarkWithReadableTextAndKeepsItOnReload()
    {
        await using var pane = await OpenOnQ3Async(theme: null);
        Assert.Equal("light", await ThemeAsync(pane));
        Assert.True(Wcag.Luminance(await ShellBackgroundAsync(pane)) > 0.8, "light shell");

        await pane.Page.GetByTestId("theme-toggle").ClickAsync();

        await Assertions.Expect(pane.Page.Locator("[data-theme=dark]")).ToHaveCountAsync(1);
        Assert.Equal("true", await pane.Page.GetByTestId("theme-toggle").GetAttributeAsync("aria-pressed"));
        Assert.True(Wcag.Luminance(await ShellBackgroundAsync(pane)) < 0.1, "dark shell");
        var (text, card) = await CardColoursAsync(pane);
        Assert.True(Wcag.Luminance(card) < 0.1, "dark card: " + card);
        Assert.True(Wcag.Contrast(text, card) >= Wcag.TextContrast, $"contrast of {text} on {card}");
        Assert.Contains("theme=dark", pane.Page.Url, StringComparison.Ordinal);

        await pane.ReloadAsync();

        await pane.WaitForCardAsync(Ben);
        Assert.Equal("dark", await ThemeAsync(pane));
    }

    [Fact]
    public async Task Pane_BrowserPrefersDark_OpensDark()
    {
        await using var pane = await TaskPanePage.OpenAsync(chromium, contoso.Host, contoso.Ava.Upn, theme: null, colorScheme: ColorScheme.Dark);

        Assert.Equal("dark", await ThemeAsync(pane));
        Assert.True(Wcag.Luminance(await ShellBackgroundAsync(pane)) < 0.1, "dark shell");
    }

    [Fact]
    public async Task Pane_At320Pixels_ShowsCardsAndTodayWithoutHorizontalScrolling()
    {
        await using var pane = await OpenOnQ3Async(theme: "light");

        await AssertFitsAsync(pane, pane.Card(Ben));
        await AssertFitsAsync(pane, await pane.OpenTodayAsync());
    }

    private async Task<TaskPanePage> OpenOnQ3Async(string? theme)
    {
        var q3 = (await contoso.Ava.FindMessageAsync("Q3 budget numbers?")).GetProperty("id").GetString()!;
        var pane = await TaskPanePage.OpenAsync(chromium, contoso.Host, contoso.Ava.Upn, theme);
        await pane.PickMessageAsync(q3, Ben);
        return pane;
    }

    private static async Task AssertFitsAsync(TaskPanePage pane, ILocator content)
    {
        Assert.True(await pane.Page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= TaskPanePage.NarrowWidth,
            "no horizontal scrolling at 320 px");
        var box = await content.BoundingBoxAsync();
        Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= TaskPanePage.NarrowWidth, "content within 320 px");
        foreach (var button in await content.GetByRole(AriaRole.Button).AllAsync())
        {
            var b = await button.BoundingBoxAsync();
            Assert.True(b is not null && b.X >= 0 && b.X + b.Width <= TaskPanePage.NarrowWidth, "button within 320 px: " + await button.InnerTextAsync());
        }
    }

    private static Task<string?> ThemeAsync(TaskPanePage pane) => pane.Page.Locator("[data-theme]").First.GetAttributeAsync("data-theme");

    private static Task<string> ShellBackgroundAsync(TaskPanePage pane) =>
        pane.Page.Locator("[data-theme]").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");

    private static async Task<(string Text, string Card)> CardColoursAsync(TaskPanePage pane)
    {
        var card = pane.Card(Ben);
        var background = await card.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        var text = await card.GetByTestId("last-contact").EvaluateAsync<string>("e => getComputedStyle(e).color");
        return (text, background);
    }
}

using Microsoft.Playwright;
using OutlookNetworking.EndToEnd.Tests.Infrastructure;

namespace OutlookNetworking.EndToEnd.Tests.TaskPane;

/// <summary>
/// The demo task pane (<c>/taskpane/?demo</c>) in its own browser context, driven through its stable test ids
/// (src/OutlookNetworking.TaskPane/README.md): the demo bar's mailbox and message pickers stand in for Outlook.
/// Disposing closes the context.
/// </summary>
public sealed class TaskPanePage : IAsyncDisposable
{
    /// <summary>The narrowest task pane Outlook shows (CSS pixels).</summary>
    public const int NarrowWidth = 320;

    private readonly List<string> _errors = [];

    private TaskPanePage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _errors.Add(error);
    }

    public IPage Page { get; }

    /// <summary>Errors the page logged or threw (console errors, uncaught exceptions, refused resources).</summary>
    public IReadOnlyList<string> Errors => _errors;

    public ILocator PersonCards => Page.GetByTestId("person-card");

    public ILocator TodayView => Page.GetByTestId("today-view");

    /// <summary>Opens the pane as <paramref name="upn"/>; <paramref name="theme"/> null leaves it to the browser's preference.</summary>
    public static async Task<TaskPanePage> OpenAsync(ChromiumFixture chromium, LiveHost host, string upn, string? theme = "light",
        int width = NarrowWidth, int height = 900, ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await chromium.NewPageAsync(width, height, colorScheme);
        var pane = new TaskPanePage(page);
        var query = "/taskpane/?demo&upn=" + Uri.EscapeDataString(upn) + (theme is null ? "" : "&theme=" + theme);
        await page.GotoAsync(host.Url(query));
        await pane.WaitForMailboxAsync();
        return pane;
    }

    /// <summary>Picks a message in the demo bar (as selecting it in Outlook) and waits for the cards of
    /// <paramref name="expectedAddresses"/> to show their figures.</summary>
    public async Task PickMessageAsync(string messageId, params string[] expectedAddresses)
    {
        await Page.GetByTestId("demo-message-picker").SelectOptionAsync(messageId);
        foreach (var address in expectedAddresses)
        {
            await WaitForCardAsync(address);
        }
    }

    /// <summary>The card of one person on the open message.</summary>
    public ILocator Card(string address) => Page.Locator($"[data-testid=person-card][data-address='{address}']");

    public async Task<ILocator> WaitForCardAsync(string address)
    {
        var card = Page.Locator($"[data-testid=person-card][data-address='{address}']:not([data-state=loading])");
        await Assertions.Expect(card).ToHaveCountAsync(1);
        return card;
    }

    /// <summary>Opens the Today tab and waits for its suggestions.</summary>
    public async Task<ILocator> OpenTodayAsync()
    {
        await Page.GetByTestId("tab-today").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=today-view][aria-busy=false]")).ToHaveCountAsync(1);
        return TodayView;
    }

    /// <summary>The ids of the suggestion rows inside <paramref name="scope"/>, top to bottom.</summary>
    public static async Task<IReadOnlyList<string>> SuggestionIdsAsync(ILocator scope)
    {
        var ids = new List<string>();
        foreach (var row in await scope.GetByTestId("suggestion-row").AllAsync())
        {
            ids.Add(await row.GetAttributeAsync("data-suggestion-id") ?? "");
        }

        return ids;
    }

    public static ILocator SuggestionRow(ILocator scope, string suggestionId) =>
        scope.Locator($"[data-testid=suggestion-row][data-suggestion-id='{suggestionId}']");

    /// <summary>Reloads the page (the URL keeps user, message and theme) and waits for the mailbox.</summary>
    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await WaitForMailboxAsync();
    }

    private async Task WaitForMailboxAsync()
    {
        await Assertions.Expect(Page.GetByTestId("demo-message-picker")).ToBeEnabledAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Main)).ToBeVisibleAsync();
    }

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}

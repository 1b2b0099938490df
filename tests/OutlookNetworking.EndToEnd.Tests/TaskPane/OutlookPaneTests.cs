using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OutlookNetworking.EndToEnd.Tests.Infrastructure;

namespace OutlookNetworking.EndToEnd.Tests.TaskPane;

/// <summary>
/// The pane inside a played Outlook (TaskPane/Outlook/OutlookStandIn.js served as office.js: the real office.js cannot
/// get there without a real Outlook), against the live host over https with its real headers and API: sign-in only
/// from a click, the "too old" notices (an Outlook below Mailbox 1.5; a webview that cannot run the pane's modules),
/// and the error boundary (an Outlook API that throws).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OutlookPaneTests(ChromiumFixture chromium, AnalysedContosoHost contoso)
{
    private const string Ben = "ben.okafor@contoso.example";

    [Fact]
    public async Task SilentSignInImpossible_SignInButton_OpensTheDialogOnlyFromTheClickWithTheLoginHint()
    {
        var q3 = await contoso.Ava.FindMessageAsync("Q3 budget numbers?");
        var page = await OpenAsync(new JsonObject { ["sets"] = new JsonObject { ["Mailbox"] = "1.14" }, ["item"] = OfficeItem(q3) });
        try
        {
            // NestedAppAuth is not supported here: no silent route, so the pane asks for a click and opens nothing.
            await Assertions.Expect(page.GetByTestId("state-sign-in")).ToBeVisibleAsync();
            Assert.Empty(await DialogCallsAsync(page));

            await page.GetByTestId("sign-in").ClickAsync();

            var card = page.Locator($"[data-testid=person-card][data-address='{Ben}']:not([data-state=loading])");
            await Assertions.Expect(card).ToHaveCountAsync(1);
            // The signed-in API's figures (in Outlook "ago" counts from the browser's clock, not the demo's: not compared).
            var person = await contoso.Ava.GetPersonAsync(Ben);
            await Assertions.Expect(card.GetByTestId("strength")).ToHaveTextAsync(person.GetProperty("strengthLabel").GetString()!);
            var dialog = Assert.Single(await DialogCallsAsync(page));
            Assert.True(dialog.GetProperty("userActivation").GetBoolean(), "the dialog opened inside the click's user activation");
            Assert.False(dialog.GetProperty("promptBeforeOpen").GetBoolean());
            var url = new Uri(dialog.GetProperty("url").GetString()!);
            Assert.Equal("/taskpane/auth-dialog.html", url.AbsolutePath);
            Assert.Contains("loginHint=ava.patel%40contoso.example", url.Query, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task OutlookBelowMailbox15_Opened_ShowsTooOldNoticeAndCallsNoApi()
    {
        var apiCalls = new List<string>();
        var page = await OpenAsync(new JsonObject { ["sets"] = new JsonObject { ["Mailbox"] = "1.4" }, ["item"] = null }, apiCalls);
        try
        {
            await Assertions.Expect(page.GetByTestId("state-too-old")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("state-too-old")).ToContainTextAsync("This version of Outlook is too old");
            await Assertions.Expect(page.GetByTestId("state-crashed")).ToHaveCountAsync(0);
            Assert.Empty(apiCalls);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task WebviewWithoutEs2022_Opened_GuardShowsTooOldNoticeInsteadOfABlankPane()
    {
        var page = await OpenAsync(new JsonObject { ["sets"] = new JsonObject { ["Mailbox"] = "1.14" }, ["item"] = null },
            beforeLoad: "delete Object.hasOwn; delete Array.prototype.at;");
        try
        {
            var notice = page.GetByTestId("state-too-old");
            await Assertions.Expect(notice).ToBeVisibleAsync();
            await Assertions.Expect(notice).ToHaveAttributeAsync("role", "alert");
            await Assertions.Expect(page.GetByTestId("state-connecting")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("state-sign-in")).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task OutlookApiThrows_Opened_ErrorBoundaryShowsTheMessageNotABlankPane()
    {
        // Claims Mailbox 1.14 but has no addHandlerAsync: the pane's theme subscription throws in an effect.
        var page = await OpenAsync(new JsonObject { ["sets"] = new JsonObject { ["Mailbox"] = "1.14" }, ["item"] = null, ["withoutAddHandlerAsync"] = true });
        try
        {
            var crashed = page.GetByTestId("state-crashed");
            await Assertions.Expect(crashed).ToBeVisibleAsync();
            await Assertions.Expect(crashed).ToContainTextAsync("OutlookNetworking stopped");
            await Assertions.Expect(crashed).ToContainTextAsync("TypeError");
            await Assertions.Expect(page.GetByTestId("reload")).ToBeEnabledAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The pane as Outlook opens it (https, the manifest's URL), Ava's mailbox, the played Outlook configured.</summary>
    private async Task<IPage> OpenAsync(JsonObject outlook, List<string>? apiCalls = null, string? beforeLoad = null)
    {
        outlook["user"] = new JsonObject { ["emailAddress"] = contoso.Ava.Upn, ["displayName"] = "Ava Patel" };
        var page = await chromium.NewPageAsync(width: TaskPanePage.NarrowWidth, height: 800, ignoreHttpsErrors: true);
        await OfficeCdn.RouteAsync(page.Context, OfficeJsFlavor.OutlookStandIn);
        await page.Context.AddInitScriptAsync($"window.__outlookStandIn = {outlook.ToJsonString()}; {beforeLoad}");
        if (apiCalls is not null)
        {
            page.Request += (_, request) =>
            {
                if (new Uri(request.Url).AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
                {
                    apiCalls.Add(request.Url);
                }
            };
        }

        await page.GotoAsync(contoso.Host.HttpsUrl("/taskpane/"));
        return page;
    }

    private static async Task<List<JsonElement>> DialogCallsAsync(IPage page)
    {
        var calls = await page.EvaluateAsync<JsonElement>("() => window.__outlookCalls || []");
        return calls.EnumerateArray().Where(c => c.GetProperty("call").GetString() == "displayDialogAsync").ToList();
    }

    /// <summary>A demo message (GET /demo/messages) as Office's read-mode item: EmailAddressDetails for from/to/cc.</summary>
    internal static JsonObject OfficeItem(JsonElement message)
    {
        JsonObject Person(JsonElement a) => new() { ["displayName"] = a.GetProperty("name").GetString(), ["emailAddress"] = a.GetProperty("address").GetString() };
        return new JsonObject
        {
            ["itemId"] = message.GetProperty("id").GetString(),
            ["conversationId"] = message.GetProperty("conversationId").GetString(),
            ["from"] = Person(message.GetProperty("from")),
            ["to"] = new JsonArray([.. message.GetProperty("to").EnumerateArray().Select(a => (JsonNode)Person(a))]),
            ["cc"] = new JsonArray([.. message.GetProperty("cc").EnumerateArray().Select(a => (JsonNode)Person(a))]),
        };
    }
}

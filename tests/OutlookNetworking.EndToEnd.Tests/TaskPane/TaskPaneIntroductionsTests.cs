using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OutlookNetworking.EndToEnd.Tests.Infrastructure;

namespace OutlookNetworking.EndToEnd.Tests.TaskPane;

/// <summary>
/// Warm introductions in the pane at 320 px, against the demo tenant (contoso-stories after its night; the demo turns the
/// feature on and opts Ava Patel and Ben Okafor in). The fixture's story: Ben has fortnightly "Northwind integration
/// check-ins" with Chen Wei, the last 13 days before the snapshot's now; Ava's "Renewal proposal" went to Chen. So on
/// that mail, Chen's card says Ben can introduce Ava: his name and two labels, nothing more; asking opens Outlook's
/// new-message form to Ben with an editable request and sends nothing; and Ava, once she stops sharing, gets the
/// invitation instead.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TaskPaneIntroductionsTests(ChromiumFixture chromium, AnalysedContosoHost contoso)
{
    private const string Ben = "ben.okafor@contoso.example";
    private const string Chen = "chen.wei@northwind.example";

    [Fact]
    public async Task ChensCard_BenKnowsChen_ShowsBenWithItsLabelsAndNothingMore()
    {
        var answer = await contoso.Ava.GetIntroductionAsync(Chen);
        var ben = Assert.Single(answer.GetProperty("colleagues").EnumerateArray());
        Assert.Equal(Ben, ben.GetProperty("mail").GetString());
        var strength = ben.GetProperty("strengthLabel").GetString()!;
        Assert.Contains(strength, new[] { "strong", "steady", "light" });
        // 13 days between Ben's last check-in with Chen (2025-06-17) and the snapshot's now (2025-06-30).
        Assert.Equal("in touch this month", ben.GetProperty("lastContactLabel").GetString());
        await using var pane = await OpenOnRenewalProposalAsync(contoso.Host, contoso.Ava, "light");

        var section = await ReadySectionAsync(pane);

        var colleague = section.GetByTestId("introduction-colleague");
        await Assertions.Expect(colleague).ToHaveCountAsync(1);
        Assert.Equal(Ben, await colleague.GetAttributeAsync("data-mail"));
        Assert.Equal(
            ["Who can introduce you", "Ben Okafor", strength, "in touch this month", "Ask for an introduction"],
            Lines(await section.InnerTextAsync()));
        // No counts, no dates, no subjects: not a digit anywhere in the section (its accessible labels included).
        Assert.DoesNotMatch(Digit(), await section.InnerTextAsync());
        Assert.DoesNotMatch(Digit(), await section.EvaluateAsync<string>(
            "s => [...s.querySelectorAll('[aria-label]')].map(e => e.getAttribute('aria-label')).join(' ')"));
        Assert.DoesNotContain("Check-in", await section.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Renewal", await section.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Ask Ben Okafor for an introduction to Chen Wei",
            await colleague.GetByTestId("introduction-ask").GetAttributeAsync("aria-label"));
        await AssertFitsAsync(pane, section);
        Assert.Empty(pane.Errors);
    }

    [Fact]
    public async Task AskForAnIntroduction_InTheDemo_OpensAnEditableNewMessageToBenAndSendsNothing()
    {
        var sentBefore = await OutboxCountAsync(contoso.Host);
        await using var pane = await OpenOnRenewalProposalAsync(contoso.Host, contoso.Ava, "light");
        var writes = new List<string>();
        pane.Page.Request += (_, request) =>
        {
            if (request.Method != "GET")
            {
                writes.Add(request.Method + " " + request.Url);
            }
        };

        await (await ReadySectionAsync(pane)).GetByTestId("introduction-ask").ClickAsync();

        // The demo's stand-in for Outlook's new-message form.
        var draft = pane.Page.GetByTestId("draft-dialog");
        await Assertions.Expect(draft).ToBeVisibleAsync();
        await Assertions.Expect(draft).ToContainTextAsync("New message (draft)");
        Assert.Equal(Ben, await draft.GetByTestId("draft-to").InputValueAsync());
        Assert.Equal("Introduction to Chen Wei", await draft.GetByTestId("draft-subject").InputValueAsync());
        var body = await draft.GetByTestId("draft-body").InputValueAsync();
        Assert.StartsWith("Hi Ben,", body, StringComparison.Ordinal);
        Assert.Contains("Could you introduce me to Chen Wei at Northwind?", body, StringComparison.Ordinal);
        Assert.EndsWith("Thanks,\nAva", body, StringComparison.Ordinal);
        // Editable, and there is nothing to send it with.
        await draft.GetByTestId("draft-body").FillAsync("Hi Ben, could you put me in touch with Chen?");
        Assert.Equal("Hi Ben, could you put me in touch with Chen?", await draft.GetByTestId("draft-body").InputValueAsync());
        await Assertions.Expect(draft.GetByRole(AriaRole.Button, new() { Name = "Send" })).ToHaveCountAsync(0);
        await draft.GetByTestId("draft-close").ClickAsync();
        await Assertions.Expect(draft).ToHaveCountAsync(0);
        Assert.Equal(sentBefore, await OutboxCountAsync(contoso.Host));
        Assert.Empty(writes);
        Assert.Empty(pane.Errors);
    }

    [Fact]
    public async Task AskForAnIntroduction_InOutlook_CallsDisplayNewMessageFormToBenOnly()
    {
        var proposal = await contoso.Ava.FindMessageAsync("Renewal proposal");
        var outlook = new JsonObject
        {
            ["user"] = new JsonObject { ["emailAddress"] = contoso.Ava.Upn, ["displayName"] = "Ava Patel" },
            ["sets"] = new JsonObject { ["Mailbox"] = "1.14" },
            ["item"] = OutlookPaneTests.OfficeItem(proposal),
        };
        var sentBefore = await OutboxCountAsync(contoso.Host);
        var page = await chromium.NewPageAsync(width: TaskPanePage.NarrowWidth, height: 800, ignoreHttpsErrors: true);
        try
        {
            await OfficeCdn.RouteAsync(page.Context, OfficeJsFlavor.OutlookStandIn);
            await page.Context.AddInitScriptAsync($"window.__outlookStandIn = {outlook.ToJsonString()};");
            await page.GotoAsync(contoso.Host.HttpsUrl("/taskpane/"));
            await page.GetByTestId("sign-in").ClickAsync();
            var section = page.Locator($"[data-testid=person-card][data-address='{Chen}'] [data-testid=introductions][data-state=ready]");
            await Assertions.Expect(section.GetByTestId("introduction-colleague")).ToHaveCountAsync(1);

            await section.GetByTestId("introduction-ask").ClickAsync();

            var calls = (await page.EvaluateAsync<JsonElement>("() => window.__outlookCalls")).EnumerateArray()
                .Where(c => c.GetProperty("call").GetString() is not ("addHandlerAsync" or "displayDialogAsync" or "dialog.close")).ToList();
            var form = Assert.Single(calls, c => c.GetProperty("call").GetString() == "displayNewMessageForm").GetProperty("form");
            Assert.Single(calls); // no reply form, nothing else asked of Outlook
            Assert.Equal([Ben], form.GetProperty("toRecipients").EnumerateArray().Select(r => r.GetString()));
            Assert.Equal("Introduction to Chen Wei", form.GetProperty("subject").GetString());
            var html = form.GetProperty("htmlBody").GetString()!;
            Assert.Contains("Hi Ben,", html, StringComparison.Ordinal);
            Assert.Contains("Could you introduce me to Chen Wei at Northwind?", html, StringComparison.Ordinal);
            Assert.Equal(sentBefore, await OutboxCountAsync(contoso.Host));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task AskerNotOptedIn_ChensCard_ShowsTheInvitationThenBenOnceSheShares()
    {
        // A host of its own: Ava stops sharing who she knows.
        await using var host = LiveHost.Start(settings: AnalysedContosoHost.TestSettings);
        await host.RunNightAsync();
        var ava = new DemoUserApi(host, AnalysedContosoHost.AvaUpn);
        await ava.SetDiscoverableAsync(false);
        Assert.False(await ava.IsDiscoverableAsync());
        await using var pane = await OpenOnRenewalProposalAsync(host, ava, "light");

        var section = pane.Card(Chen).GetByTestId("introductions");
        await Assertions.Expect(section).ToHaveAttributeAsync("data-state", "invite");
        await Assertions.Expect(section).ToContainTextAsync("Who can introduce you to Chen Wei?");
        await Assertions.Expect(section).ToContainTextAsync("share yours to see theirs");
        // Give to get: nothing of Ben's tie before she opts in.
        await Assertions.Expect(section.GetByTestId("introduction-colleague")).ToHaveCountAsync(0);
        Assert.DoesNotContain("Ben", await pane.Card(Chen).InnerTextAsync(), StringComparison.Ordinal);
        await AssertFitsAsync(pane, section);

        await section.GetByTestId("introductions-opt-in").ClickAsync();

        await Assertions.Expect(section).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(section.GetByTestId("introduction-colleague")).ToHaveAttributeAsync("data-mail", Ben);
        Assert.True(await ava.IsDiscoverableAsync());
        // The browser logs the API's 403 (introductions_opt_in_required) that the invitation answers; nothing else.
        Assert.All(pane.Errors, e => Assert.Contains("status of 403", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Screenshots_IntroductionsLightAndDarkAt320Pixels_LightSavedForTheReadme()
    {
        var shots = new List<string>();
        foreach (var theme in new[] { "light", "dark" })
        {
            await using var pane = await OpenOnRenewalProposalAsync(contoso.Host, contoso.Ava, theme, height: 720);
            var section = await ReadySectionAsync(pane);
            Assert.Equal(theme, await pane.Page.Locator("[data-theme]").First.GetAttributeAsync("data-theme"));
            await AssertFitsAsync(pane, section);
            var shot = await Screenshots.SaveAsync(pane.Page, "taskpane-introductions-" + theme);
            if (theme == "light")
            {
                Screenshots.PublishToDocs(shot, "taskpane-introductions.png");
            }

            shots.Add(shot);
        }

        Assert.All(shots, shot => Assert.True(new FileInfo(shot).Length > 5_000, shot));
    }

    private async Task<TaskPanePage> OpenOnRenewalProposalAsync(LiveHost host, DemoUserApi user, string theme, int height = 900)
    {
        var proposal = (await user.FindMessageAsync("Renewal proposal")).GetProperty("id").GetString()!;
        var pane = await TaskPanePage.OpenAsync(chromium, host, user.Upn, theme, height: height);
        await pane.PickMessageAsync(proposal, Chen);
        return pane;
    }

    private static async Task<ILocator> ReadySectionAsync(TaskPanePage pane)
    {
        var section = pane.Card(Chen).Locator("[data-testid=introductions][data-state=ready]");
        await Assertions.Expect(section).ToHaveCountAsync(1);
        return section;
    }

    private static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static async Task AssertFitsAsync(TaskPanePage pane, ILocator content)
    {
        Assert.True(await pane.Page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= TaskPanePage.NarrowWidth,
            "no horizontal scrolling at 320 px");
        foreach (var element in new[] { content }.Concat(await content.GetByRole(AriaRole.Button).AllAsync()))
        {
            var box = await element.BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= TaskPanePage.NarrowWidth, "within 320 px: " + await element.InnerTextAsync());
        }
    }

    /// <summary>How many messages the simulated tenant has sent (GET /demo/outbox).</summary>
    private static async Task<int> OutboxCountAsync(LiveHost host)
    {
        using var http = host.CreateHttpClient();
        var outbox = await http.GetFromJsonAsync<JsonElement>(new Uri("/demo/outbox", UriKind.Relative));
        return outbox.GetArrayLength();
    }

    [GeneratedRegex("[0-9]")]
    private static partial Regex Digit();
}

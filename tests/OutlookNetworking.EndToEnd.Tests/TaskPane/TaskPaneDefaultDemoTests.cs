using System.Text.Json;
using Microsoft.Playwright;
using OutlookNetworking.EndToEnd.Tests.Infrastructure;

namespace OutlookNetworking.EndToEnd.Tests.TaskPane;

/// <summary>
/// The pane as someone who ran <c>dotnet run</c> first sees it: the demo's default tenant, <c>/taskpane/?demo</c> opened
/// with nothing in the URL (the first user, the message the demo chooses). It opens on a message from someone the user
/// has real history with, as the user's own analysis says; the README's pane screenshots are taken here.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TaskPaneDefaultDemoTests(ChromiumFixture chromium, DefaultDemoHost demo) : IClassFixture<DefaultDemoHost>
{
    [Fact]
    public async Task DemoPane_OpenedAsAUserOpensIt_FirstMessageIsFromSomeoneWithHistory()
    {
        var (page, upn, sender) = await OpenAsync(ColorScheme.Light, height: 900);
        await using var _ = page.Context;
        var api = new DemoUserApi(demo.Host, upn);

        // What the user's own analysis says about the sender (GET /api/people), not a name known in advance.
        var person = await api.GetPersonAsync(sender);
        Assert.True(person.GetProperty("known").GetBoolean(), sender + " is known");
        Assert.False(person.GetProperty("isDistributionList").GetBoolean(), sender + " is a person");
        Assert.True(person.GetProperty("sent").GetInt32() > 0, $"{upn} wrote to {sender}");
        Assert.True(person.GetProperty("received").GetInt32() > 0, $"{upn} heard from {sender}");
        Assert.True(person.GetProperty("contactDays").GetInt32() >= 2, "more than one day of contact");

        // The pane shows that history on the sender's card.
        var card = page.Locator($"[data-testid=person-card][data-address='{sender}']:not([data-state=loading])");
        await Assertions.Expect(card.GetByTestId("last-contact")).ToBeVisibleAsync();
        // At Outlook's narrowest pane, the demo bar's pickers included (a long subject must not widen the page).
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= TaskPanePage.NarrowWidth,
            "no horizontal scrolling at 320 px");

        // And the newest message was not simply taken: every newer one is from someone without such history.
        var messages = (await api.GetMessagesAsync(30)).EnumerateArray().ToList();
        var opened = messages.FindIndex(m => SenderOf(m) == sender);
        Assert.True(opened >= 0, "the opened message is in the user's recent mail");
        foreach (var newer in messages.Take(opened).Select(SenderOf).Where(a => a.Length > 0 && a != upn).Distinct())
        {
            var other = await api.GetPersonAsync(newer);
            Assert.False(other.GetProperty("known").GetBoolean() && other.GetProperty("sent").GetInt32() > 0
                && other.GetProperty("received").GetInt32() > 0 && !other.GetProperty("isDistributionList").GetBoolean()
                && !other.GetProperty("isMuted").GetBoolean(), $"a newer message from {newer}, who has history, was passed over");
        }
    }

    [Fact]
    public async Task Screenshots_DefaultDemoLightDarkAndToday_SavedForTheReadme()
    {
        var shots = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var (page, _, _) = await OpenAsync(scheme, height: 640);
            await using var context = page.Context;
            var theme = scheme == ColorScheme.Dark ? "dark" : "light";
            Assert.Equal(theme, await page.Locator("[data-theme]").First.GetAttributeAsync("data-theme"));
            shots.Add(await SaveAndPublishAsync(page, "taskpane-" + theme));
            if (scheme == ColorScheme.Light)
            {
                await page.GetByTestId("tab-today").ClickAsync();
                await Assertions.Expect(page.Locator("[data-testid=today-view][aria-busy=false]")).ToHaveCountAsync(1);
                await Assertions.Expect(page.GetByTestId("network-health")).ToBeVisibleAsync();
                shots.Add(await SaveAndPublishAsync(page, "taskpane-today"));
            }
        }

        Assert.All(shots, shot => Assert.True(new FileInfo(shot).Length > 5_000, shot));
    }

    /// <summary>Opens <c>/taskpane/?demo</c> at 320 px with nothing chosen; returns the page, the user the demo opened
    /// and the sender of the message it opened on, once that sender's card shows its figures.</summary>
    private async Task<(IPage Page, string Upn, string Sender)> OpenAsync(ColorScheme scheme, int height)
    {
        var page = await chromium.NewPageAsync(TaskPanePage.NarrowWidth, height, scheme);
        await page.GotoAsync(demo.Host.Url("/taskpane/?demo"));
        await Assertions.Expect(page.GetByTestId("demo-message-picker")).ToBeEnabledAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToBeVisibleAsync();
        var upn = await page.GetByTestId("demo-user-picker").InputValueAsync();
        var messageId = await page.GetByTestId("demo-message-picker").InputValueAsync();
        Assert.False(string.IsNullOrEmpty(messageId), "the demo opened on a message");
        var messages = await new DemoUserApi(demo.Host, upn).GetMessagesAsync(30);
        var sender = SenderOf(messages.EnumerateArray().Single(m => m.GetProperty("id").GetString() == messageId));
        var card = page.Locator($"[data-testid=person-card][data-address='{sender}']:not([data-state=loading])");
        await Assertions.Expect(card).ToHaveCountAsync(1);
        return (page, upn, sender);
    }

    private static string SenderOf(JsonElement message) =>
        message.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object
            && from.TryGetProperty("address", out var address) && address.ValueKind == JsonValueKind.String
            ? address.GetString()!.ToLowerInvariant()
            : "";

    private static async Task<string> SaveAndPublishAsync(IPage page, string name)
    {
        var shot = await Screenshots.SaveAsync(page, name);
        Screenshots.PublishToDocs(shot, name + ".png");
        return shot;
    }
}

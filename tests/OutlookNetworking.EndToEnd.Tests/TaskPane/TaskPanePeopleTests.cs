using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OutlookNetworking.EndToEnd.Tests.Infrastructure;

namespace OutlookNetworking.EndToEnd.Tests.TaskPane;

/// <summary>
/// The pane as Ava Patel sees it in Chromium at 320 px, against the live host after its night: the people on the message
/// she picks, each with the figures and open suggestions the API holds, and Today's ranked list with her stories.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TaskPanePeopleTests(ChromiumFixture chromium, AnalysedContosoHost contoso)
{
    private const string Ben = "ben.okafor@contoso.example";
    private const string Chen = "chen.wei@northwind.example";
    private const string Dev = "dev.costa@contoso.example";
    private const string Operations1 = "ops1@contoso.example";

    [Fact]
    public async Task Today_AvaMeetsEliTomorrow_ShowsTheMeetingToPrepareFor()
    {
        await using var pane = await TaskPanePage.OpenAsync(chromium, contoso.Host, contoso.Ava.Upn);

        var today = await pane.OpenTodayAsync();

        // The fixture's story: a 1:1 with Eli Cohen, silent since 2023, the next day at 10:00 Ava's time.
        var prep = today.Locator("[data-testid=suggestion-row][data-kind=meetingPrep]");
        await Assertions.Expect(prep).ToHaveCountAsync(1);
        Assert.Contains("You meet Eli Cohen tomorrow at 10:00", await prep.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Before you meet", await prep.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(pane.Errors);
    }

    [Fact]
    public async Task PickMessage_BenAsksAboutQ3_ShowsBenWithTheReplyAvaOwes()
    {
        var message = await contoso.Ava.FindMessageAsync("Q3 budget numbers?");
        var people = await OthersOnAsync(message);
        Assert.Equal([Ben], people);
        var ben = await contoso.Ava.GetPersonAsync(Ben);
        await using var pane = await TaskPanePage.OpenAsync(chromium, contoso.Host, contoso.Ava.Upn);

        await pane.PickMessageAsync(message.GetProperty("id").GetString()!, Ben);

        Assert.Equal(people, await AddressesOfCardsAsync(pane));
        var card = pane.Card(Ben);
        Assert.Equal("ready", await card.GetAttributeAsync("data-state"));
        Assert.Contains("Ben Okafor", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(ben.GetProperty("strengthLabel").GetString(), await card.GetByTestId("strength").InnerTextAsync());
        // The fixture's story: Ben asked about the Q3 numbers 5 days before the snapshot's now.
        Assert.StartsWith("Last contact 5 days ago", await card.GetByTestId("last-contact").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains($"{ben.GetProperty("sent").GetInt32()} sent · {ben.GetProperty("received").GetInt32()} received",
            await card.GetByTestId("person-figures").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(IdsOf(ben.GetProperty("suggestions")), await TaskPanePage.SuggestionIdsAsync(card));
        var owed = card.Locator("[data-testid=suggestion-row][data-kind=owedReply]");
        await Assertions.Expect(owed).ToHaveCountAsync(1);
        Assert.Contains("Ben Okafor wrote to you", await owed.InnerTextAsync(), StringComparison.Ordinal);
        foreach (var action in new[] { "suggestion-done", "suggestion-snooze", "suggestion-dismiss" })
        {
            await Assertions.Expect(owed.GetByTestId(action)).ToBeEnabledAsync();
        }

        Assert.Empty(pane.Errors);
    }

    [Fact]
    public async Task WriteFollowUp_OnBensOwedReply_OpensAReplyDraftToBenAndSendsNothing()
    {
        var message = await contoso.Ava.FindMessageAsync("Q3 budget numbers?");
        var sentBefore = await OutboxCountAsync();
        await using var pane = await TaskPanePage.OpenAsync(chromium, contoso.Host, contoso.Ava.Upn);
        await pane.PickMessageAsync(message.GetProperty("id").GetString()!, Ben);

        await pane.Card(Ben).Locator("[data-testid=suggestion-row][data-kind=owedReply]").GetByTestId("suggestion-follow-up").ClickAsync();

        // The demo's stand-in for Outlook's reply form (a chunk loaded on first use, through the host's CSP).
        var draft = pane.Page.GetByTestId("draft-dialog");
        await Assertions.Expect(draft).ToBeVisibleAsync();
        Assert.Equal(Ben, await draft.GetByTestId("draft-to").InputValueAsync());
        Assert.Equal("RE: Q3 budget numbers?", await draft.GetByTestId("draft-subject").InputValueAsync());
        Assert.False(string.IsNullOrWhiteSpace(await draft.GetByTestId("draft-body").InputValueAsync()));
        await draft.GetByTestId("draft-close").ClickAsync();
        await Assertions.Expect(draft).ToHaveCountAsync(0);
        Assert.Equal(sentBefore, await OutboxCountAsync());
        Assert.Empty(pane.Errors);
    }

    [Fact]
    public async Task PickMessage_AvasProposalToChen_ShowsChenAsExternalAwaitingHisReply()
    {
        var message = await contoso.Ava.FindMessageAsync("Renewal proposal");
        Assert.Equal([Chen], await OthersOnAsync(message));
        var chen = await contoso.Ava.GetPersonAsync(Chen);
        await using var pane = await TaskPanePage.OpenAsync(chromium, contoso.Host, contoso.Ava.Upn);

        await pane.PickMessageAsync(message.GetProperty("id").GetString()!, Chen);

        var card = pane.Card(Chen);
        Assert.Equal([Chen], await AddressesOfCardsAsync(pane));
        Assert.Contains(" · external", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(IdsOf(chen.GetProperty("suggestions")), await TaskPanePage.SuggestionIdsAsync(card));
        var awaiting = card.Locator("[data-testid=suggestion-row][data-kind=awaitingReply]");
        await Assertions.Expect(awaiting).ToHaveCountAsync(1);
        Assert.Contains("no answer", await awaiting.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task PickMessage_DevsOperations1Update_ShowsDevAsAListOnlyColleagueAndTheListAsAList(string theme)
    {
        // The fixture's story: Dev Costa writes to Operations 1 (ops1@, an own-domain address no user has and that never
        // writes) every week, the last on 27 June 2025; Ava gets it through the list and never wrote to or met Dev.
        // The directory of contoso-stories does not list Dev either: he is a person because he writes (GF-14).
        var message = await contoso.Ava.FindMessageAsync("Operations 1 weekly update");
        Assert.Equal([Dev, Operations1], await OthersOnAsync(message));
        await using var pane = await TaskPanePage.OpenAsync(chromium, contoso.Host, contoso.Ava.Upn, theme);

        await pane.PickMessageAsync(message.GetProperty("id").GetString()!, Dev);

        Assert.Equal([Dev], await AddressesOfCardsAsync(pane));
        await Assertions.Expect(pane.Page.Locator($"[data-testid=distribution-list-card][data-address='{Operations1}']")).ToHaveCountAsync(1);
        var card = pane.Card(Dev);
        Assert.Equal("unknown", await card.GetAttributeAsync("data-state"));
        Assert.Equal(theme, await pane.Page.Locator("[data-theme]").First.GetAttributeAsync("data-theme"));
        var note = card.GetByTestId("list-only-note");
        await Assertions.Expect(note).ToBeVisibleAsync();
        Assert.Equal("You are both on Operations 1 mail; no direct mail or meeting yet. Their last list mail: 27 June 2025.",
            (await note.InnerTextAsync()).Trim());
        await Assertions.Expect(card.GetByTestId("unknown-note")).ToHaveCountAsync(0);
        await Assertions.Expect(card.GetByTestId("suggestion-row")).ToHaveCountAsync(0);
        Assert.True(await pane.Page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= TaskPanePage.NarrowWidth,
            "no horizontal scrolling at 320 px");
        var box = await note.BoundingBoxAsync();
        Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= TaskPanePage.NarrowWidth, "the note within 320 px");
        Assert.Empty(pane.Errors);
    }

    [Fact]
    public async Task PickMessage_Newsletter_ShowsItsSendersWithoutHistoryOrSuggestions()
    {
        var message = await contoso.Ava.FindMessageAsync("This week in industry");
        var people = await OthersOnAsync(message);
        Assert.Contains("news@industryweekly.example", people);
        await using var pane = await TaskPanePage.OpenAsync(chromium, contoso.Host, contoso.Ava.Upn);

        await pane.PickMessageAsync(message.GetProperty("id").GetString()!, [.. people]);

        Assert.Equal(people, await AddressesOfCardsAsync(pane));
        foreach (var address in people)
        {
            var card = pane.Card(address);
            Assert.Equal("unknown", await card.GetAttributeAsync("data-state"));
            await Assertions.Expect(card.GetByTestId("unknown-note")).ToBeVisibleAsync();
            await Assertions.Expect(card.GetByTestId("suggestion-row")).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task TodayTab_Opened_ListsAvasStoriesInTheApisOrderWithHerNetworkHealth()
    {
        var api = await contoso.Ava.GetSuggestionsAsync(top: 10);
        var contactOf = api.EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("contact").GetProperty("address").GetString()!);
        var health = await contoso.Ava.GetHealthAsync();
        await using var pane = await TaskPanePage.OpenAsync(chromium, contoso.Host, contoso.Ava.Upn);

        var today = await pane.OpenTodayAsync();

        var ids = await TaskPanePage.SuggestionIdsAsync(today);
        Assert.Equal(IdsOf(api), ids);
        var shown = new List<(string Contact, string Kind)>();
        foreach (var id in ids)
        {
            shown.Add((contactOf[id], await TaskPanePage.SuggestionRow(today, id).GetAttributeAsync("data-kind") ?? ""));
        }

        foreach (var story in StoryTruth.MustSuggest(contoso.Ava.Upn))
        {
            Assert.Contains(shown, s => s.Contact == story.Contact && story.Kinds.Contains(s.Kind));
        }

        foreach (var noise in StoryTruth.MustNotSuggest(contoso.Ava.Upn))
        {
            Assert.DoesNotContain(shown, s => s.Contact == noise.Contact && (noise.Kinds.Count == 0 || noise.Kinds.Contains(s.Kind)));
        }

        Assert.Empty(pane.Errors);
        await Assertions.Expect(today.Locator("[data-testid^=health-]")).ToHaveCountAsync(6);
        Assert.StartsWith(health.GetProperty("activeTies").GetProperty("value").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            await today.GetByTestId("health-activeTies").Locator("dd").InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>Everyone on the message (from, to, cc) but Ava herself (her addresses per /api/me), each once, in order.</summary>
    private async Task<List<string>> OthersOnAsync(JsonElement message)
    {
        var me = await contoso.Ava.GetMeAsync();
        var mine = me.GetProperty("addresses").EnumerateArray().Select(a => a.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var recipients = new[] { message.GetProperty("from") }
            .Concat(message.GetProperty("to").EnumerateArray())
            .Concat(message.GetProperty("cc").EnumerateArray());
        return recipients.Select(r => r.GetProperty("address").GetString()!.ToLowerInvariant())
            .Where(a => !mine.Contains(a)).Distinct().ToList();
    }

    /// <summary>How many messages the simulated tenant has sent (GET /demo/outbox).</summary>
    private async Task<int> OutboxCountAsync()
    {
        using var http = contoso.Host.CreateHttpClient();
        var outbox = await http.GetFromJsonAsync<JsonElement>(new Uri("/demo/outbox", UriKind.Relative));
        return outbox.GetArrayLength();
    }

    private static async Task<List<string>> AddressesOfCardsAsync(TaskPanePage pane)
    {
        var addresses = new List<string>();
        foreach (var card in await pane.PersonCards.AllAsync())
        {
            addresses.Add(await card.GetAttributeAsync("data-address") ?? "");
        }

        return addresses;
    }

    private static List<string> IdsOf(JsonElement suggestions) =>
        suggestions.EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
}

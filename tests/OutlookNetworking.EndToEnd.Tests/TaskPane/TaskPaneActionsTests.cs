using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using OutlookNetworking.EndToEnd.Tests.Infrastructure;

namespace OutlookNetworking.EndToEnd.Tests.TaskPane;

/// <summary>
/// Acting through the pane's buttons (Done on a person card, Dismiss and Snooze on Today; a goal, mute and unmute on a
/// card), then reloading: the change shows in the UI and in the API, and a snoozed suggestion comes back once its day has
/// come. A host per test (they change Ava's feedback), on a fake clock that starts at the snapshot's now.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TaskPaneActionsTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string Ben = "ben.okafor@contoso.example";
    private const string Chen = "chen.wei@northwind.example";
    private const string Maria = "maria.lopez@fabrikam.example";

    private readonly FakeTimeProvider _clock = new(SnapshotNow());
    private LiveHost _host = null!;
    private DemoUserApi _ava = null!;

    public async Task InitializeAsync()
    {
        _host = LiveHost.Start(settings: AnalysedContosoHost.TestSettings, clock: _clock);
        await _host.RunNightAsync();
        _ava = new DemoUserApi(_host, AnalysedContosoHost.AvaUpn);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task DoneDismissSnooze_ThroughThePane_PersistAcrossReloadUntilTheSnoozeEnds()
    {
        var before = await _ava.GetSuggestionsAsync();
        var owedToBen = IdOf(before, Ben, "owedReply");
        var awaitingChen = IdOf(before, Chen, "awaitingReply");
        var maria = IdOf(before, Maria, "fadingTie", "dormantTie");
        var untouched = StoryTruth.MustSuggest(_ava.Upn).Where(s => s.Contact is not (Ben or Chen or Maria))
            .Select(s => IdOf(before, s.Contact, [.. s.Kinds])).ToList();
        Assert.NotEmpty(untouched);
        var q3 = (await _ava.FindMessageAsync("Q3 budget numbers?")).GetProperty("id").GetString()!;
        await using var pane = await TaskPanePage.OpenAsync(chromium, _host, _ava.Upn);

        // Done, on Ben's card beside his message.
        await pane.PickMessageAsync(q3, Ben);
        var benCard = pane.Card(Ben);
        await TaskPanePage.SuggestionRow(benCard, owedToBen).GetByTestId("suggestion-done").ClickAsync();
        await Assertions.Expect(TaskPanePage.SuggestionRow(benCard, owedToBen)).ToHaveCountAsync(0);

        // Dismiss and snooze (a week), on Today.
        var today = await pane.OpenTodayAsync();
        await TaskPanePage.SuggestionRow(today, awaitingChen).GetByTestId("suggestion-dismiss").ClickAsync();
        await Assertions.Expect(TaskPanePage.SuggestionRow(today, awaitingChen)).ToHaveCountAsync(0);
        var mariaRow = TaskPanePage.SuggestionRow(today, maria);
        await mariaRow.GetByTestId("suggestion-snooze").ClickAsync();
        await mariaRow.GetByTestId("suggestion-snooze-7").ClickAsync();
        await Assertions.Expect(mariaRow).ToHaveCountAsync(0);

        // Reloaded: the same message, and the three are gone from the card and from Today.
        await pane.ReloadAsync();
        benCard = await pane.WaitForCardAsync(Ben);
        await Assertions.Expect(benCard.GetByTestId("suggestion-row")).ToHaveCountAsync(0);
        await Assertions.Expect(benCard.GetByTestId("person-follow-up")).ToBeVisibleAsync();
        var shown = await TaskPanePage.SuggestionIdsAsync(await pane.OpenTodayAsync());
        Assert.DoesNotContain(owedToBen, shown);
        Assert.DoesNotContain(awaitingChen, shown);
        Assert.DoesNotContain(maria, shown);
        Assert.All(untouched, id => Assert.Contains(id, shown));

        // ...and from the API.
        var listed = await _ava.GetSuggestionIdsAsync();
        Assert.DoesNotContain(owedToBen, listed);
        Assert.DoesNotContain(awaitingChen, listed);
        Assert.DoesNotContain(maria, listed);
        Assert.Empty((await _ava.GetPersonAsync(Ben)).GetProperty("suggestions").EnumerateArray());

        // Six days on, Maria is still snoozed; eight days on (past the week), she is back: in the API and in the pane.
        _clock.Advance(TimeSpan.FromDays(6));
        Assert.DoesNotContain(maria, await _ava.GetSuggestionIdsAsync());
        _clock.Advance(TimeSpan.FromDays(2));
        listed = await _ava.GetSuggestionIdsAsync();
        Assert.Contains(maria, listed);
        Assert.DoesNotContain(owedToBen, listed);
        Assert.DoesNotContain(awaitingChen, listed);
        await pane.ReloadAsync();
        shown = await TaskPanePage.SuggestionIdsAsync(await pane.OpenTodayAsync());
        Assert.Contains(maria, shown);
        Assert.DoesNotContain(owedToBen, shown);
        Assert.DoesNotContain(awaitingChen, shown);
    }

    [Fact]
    public async Task GoalThenMuteThenUnmute_ThroughBensCard_PersistAcrossReload()
    {
        var owedToBen = IdOf(await _ava.GetSuggestionsAsync(), Ben, "owedReply");
        var q3 = (await _ava.FindMessageAsync("Q3 budget numbers?")).GetProperty("id").GetString()!;
        await using var pane = await TaskPanePage.OpenAsync(chromium, _host, _ava.Upn);
        await pane.PickMessageAsync(q3, Ben);

        // A goal: mentor, monthly.
        await pane.Card(Ben).GetByTestId("person-goal-edit").ClickAsync();
        await pane.Card(Ben).GetByTestId("goal-tag").FillAsync("mentor");
        await pane.Card(Ben).GetByTestId("goal-cadence").SelectOptionAsync("30");
        await pane.Card(Ben).GetByTestId("goal-save").ClickAsync();
        await Assertions.Expect(pane.Card(Ben).GetByTestId("goal-editor")).ToHaveCountAsync(0);
        await pane.ReloadAsync();
        Assert.Equal("Goal: mentor · monthly", await (await pane.WaitForCardAsync(Ben)).GetByTestId("person-goal").InnerTextAsync());
        var goal = (await _ava.GetPersonAsync(Ben)).GetProperty("goal");
        Assert.Equal("mentor", goal.GetProperty("tag").GetString());
        Assert.Equal(30, goal.GetProperty("cadenceDays").GetInt32());

        // Muted: no suggestion about Ben anywhere, after a reload too.
        await pane.Card(Ben).GetByTestId("person-mute").ClickAsync();
        await Assertions.Expect(pane.Card(Ben)).ToHaveAttributeAsync("data-state", "muted");
        await pane.ReloadAsync();
        await Assertions.Expect(pane.Card(Ben)).ToHaveAttributeAsync("data-state", "muted");
        await Assertions.Expect(pane.Card(Ben).GetByTestId("muted-note")).ToBeVisibleAsync();
        Assert.True((await _ava.GetPersonAsync(Ben)).GetProperty("isMuted").GetBoolean());
        Assert.DoesNotContain(owedToBen, await _ava.GetSuggestionIdsAsync());
        Assert.DoesNotContain(owedToBen, await TaskPanePage.SuggestionIdsAsync(await pane.OpenTodayAsync()));

        // Unmuted: the reply Ava owes Ben is back.
        await pane.Page.GetByTestId("tab-email").ClickAsync();
        await (await pane.WaitForCardAsync(Ben)).GetByTestId("person-unmute").ClickAsync();
        await Assertions.Expect(pane.Card(Ben)).ToHaveAttributeAsync("data-state", "ready");
        await pane.ReloadAsync();
        await Assertions.Expect(TaskPanePage.SuggestionRow(await pane.WaitForCardAsync(Ben), owedToBen)).ToHaveCountAsync(1);
        Assert.False((await _ava.GetPersonAsync(Ben)).GetProperty("isMuted").GetBoolean());
        Assert.Contains(owedToBen, await _ava.GetSuggestionIdsAsync());
    }

    private static string IdOf(JsonElement suggestions, string contact, params string[] kinds) =>
        suggestions.EnumerateArray().First(s =>
                s.GetProperty("contact").GetProperty("address").GetString() == contact && kinds.Contains(s.GetProperty("kind").GetString()))
            .GetProperty("id").GetString()!;

    private static DateTimeOffset SnapshotNow()
    {
        using var tenant = JsonDocument.Parse(File.ReadAllText(Path.Combine(LiveHost.ContosoStories, "tenant.json")));
        return tenant.RootElement.GetProperty("now").GetDateTimeOffset();
    }
}

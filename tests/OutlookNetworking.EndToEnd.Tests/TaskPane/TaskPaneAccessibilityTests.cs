using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using OutlookNetworking.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OutlookNetworking.EndToEnd.Tests.TaskPane;

/// <summary>
/// axe-core (its default rules, colour contrast included) in Chromium on the pane's views, light and dark: no serious or
/// critical violation. Every violation found is written to the test output.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TaskPaneAccessibilityTests(ChromiumFixture chromium, AnalysedContosoHost contoso, ITestOutputHelper output)
{
    private const string Ben = "ben.okafor@contoso.example";

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task PeopleView_WithSuggestionAndSnoozeChoices_HasNoSeriousViolations(string theme)
    {
        await using var pane = await OpenOnQ3Async(theme);
        Assert.Empty(await SeriousViolationsAsync(pane, $"people, {theme}"));

        await pane.Card(Ben).GetByTestId("suggestion-snooze").ClickAsync();
        await Assertions.Expect(pane.Card(Ben).GetByTestId("suggestion-snooze-7")).ToBeVisibleAsync();
        await pane.Card(Ben).GetByTestId("person-goal-edit").ClickAsync();
        await Assertions.Expect(pane.Card(Ben).GetByTestId("goal-editor")).ToBeVisibleAsync();

        Assert.Empty(await SeriousViolationsAsync(pane, $"people with snooze choices and goal editor, {theme}"));
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task TodayView_WithNetworkHealth_HasNoSeriousViolations(string theme)
    {
        await using var pane = await OpenOnQ3Async(theme);
        var today = await pane.OpenTodayAsync();
        await Assertions.Expect(today.GetByTestId("network-health")).ToBeVisibleAsync();

        Assert.Empty(await SeriousViolationsAsync(pane, $"today, {theme}"));
    }

    [Fact]
    public async Task Keyboard_ArrowKeysAndEnter_SwitchTabsAndOpenSnoozeChoices()
    {
        await using var pane = await OpenOnQ3Async("light");
        var email = pane.Page.GetByTestId("tab-email");
        var today = pane.Page.GetByTestId("tab-today");
        await email.FocusAsync();

        await pane.Page.Keyboard.PressAsync("ArrowRight");

        await Assertions.Expect(today).ToBeFocusedAsync();
        await Assertions.Expect(today).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(pane.Page.Locator("[data-testid=today-view][aria-busy=false]")).ToHaveCountAsync(1);

        await pane.Page.Keyboard.PressAsync("ArrowLeft");

        await Assertions.Expect(email).ToBeFocusedAsync();
        var snooze = (await pane.WaitForCardAsync(Ben)).GetByTestId("suggestion-snooze");
        await snooze.FocusAsync();
        await pane.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(snooze).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(pane.Card(Ben).GetByTestId("suggestion-snooze-7")).ToBeVisibleAsync();
        await pane.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(pane.Card(Ben).GetByTestId("suggestion-dismiss")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task SeriousViolations_FaintTextAddedToThePane_ReportsColourContrast()
    {
        await using var pane = await OpenOnQ3Async("light");
        await pane.Page.EvaluateAsync("""
            () => {
              const p = document.createElement('p');
              p.textContent = 'Faint text';
              p.style.cssText = 'color: #c8c8c8; background: #ffffff';
              document.querySelector('main').append(p);
            }
            """);

        var serious = await SeriousViolationsAsync(pane, "people with faint text added");

        Assert.Contains(serious, v => v.Contains("color-contrast", StringComparison.Ordinal));
    }

    private async Task<TaskPanePage> OpenOnQ3Async(string theme)
    {
        var q3 = (await contoso.Ava.FindMessageAsync("Q3 budget numbers?")).GetProperty("id").GetString()!;
        var pane = await TaskPanePage.OpenAsync(chromium, contoso.Host, contoso.Ava.Upn, theme);
        await pane.PickMessageAsync(q3, Ben);
        return pane;
    }

    /// <summary>Runs axe on the page; writes every violation to the output; returns the serious and critical ones.</summary>
    private async Task<List<string>> SeriousViolationsAsync(TaskPanePage pane, string view)
    {
        var result = await pane.Page.RunAxe();
        Assert.NotEmpty(result.Passes); // axe ran its rules on the page
        output.WriteLine($"{view}: {result.Violations.Length} violation(s), {result.Passes.Length} rules passed");
        var serious = new List<string>();
        foreach (var violation in result.Violations)
        {
            var line = $"{violation.Impact} {violation.Id}: {violation.Help} at {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Target.ToString()))}";
            output.WriteLine("  " + line);
            if (violation.Impact is "serious" or "critical")
            {
                serious.Add(line);
            }
        }

        return serious;
    }
}

using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Tests.Support;
using static OutlookNetworking.Core.Tests.Support.Timeline;

namespace OutlookNetworking.Core.Tests.Detectors;

/// <summary>Fading and dormant ties.</summary>
public sealed class TieDetectorTests
{
    private const string Maria = "maria@fabrikam.example";
    private const string Eli = "eli@adatum.example";

    /// <summary>A monthly mentor: a meeting, then notes both ways the next day, 13 months, the last
    /// meeting <paramref name="lastDaysAgo"/> days ago.</summary>
    private static Timeline MonthlyMentor(double lastDaysAgo)
    {
        var timeline = new Timeline();
        for (var m = 0; m < 13; m++)
        {
            var meeting = DaysAgo(lastDaysAgo + (30 * m));
            timeline.Meeting(meeting, [Maria], organizer: Maria).Exchange(Maria, meeting.AddDays(1));
        }

        return timeline;
    }

    [Fact]
    public void Analyze_MonthlyMentorSilentSixMonths_SuggestsFadingTieWithHerRhythm()
    {
        var result = MonthlyMentor(176).Analyze();

        var fading = Assert.Single(result.SuggestionsFor(Maria));
        Assert.Equal(SuggestionKind.FadingTie, fading.Kind);
        Assert.Equal(29.0, fading.Evidence.UsualGapDays);
        Assert.Equal(174, fading.Evidence.DaysSilent); // the owner's reply to her notes, 2 hours after them
        Assert.Equal(26, fading.Evidence.ContactDays);
        Assert.Contains("every 29 days", fading.Reason, StringComparison.Ordinal);
        Assert.Contains("174 days ago", fading.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MonthlyMentorMetLastMonth_SuggestsNothing()
    {
        var result = MonthlyMentor(25).Analyze();

        Assert.Empty(result.SuggestionsFor(Maria));
    }

    [Theory]
    [InlineData(80, false)] // 80 < 3 x 29: within a few gaps of her rhythm
    [InlineData(95, true)]  // more than 3 x 29 silent days
    public void Analyze_AroundThreeTimesTheUsualGap_StartsFadingAfterIt(int silentDays, bool fading)
    {
        var result = MonthlyMentor(silentDays + 1).Analyze();

        Assert.Equal(fading, result.SuggestionsFor(Maria).Any(s => s.Kind == SuggestionKind.FadingTie));
    }

    [Fact]
    public void Analyze_WeeklyTwoWayTieSilentTwentyMonths_SuggestsDormantTie()
    {
        var result = new Timeline().Weekly(Eli, 42, 616).Analyze();

        var dormant = Assert.Single(result.SuggestionsFor(Eli));
        Assert.Equal(SuggestionKind.DormantTie, dormant.Kind);
        Assert.Equal(615, dormant.Evidence.DaysSilent); // the reply, 2 hours after the last message 616 days ago
        Assert.Contains("42 days", dormant.Reason, StringComparison.Ordinal);
        Assert.Contains("615 days", dormant.Reason, StringComparison.Ordinal);
        Assert.Equal(StrengthLabel.Dormant, result.RelationshipWith(Eli)!.Label);
    }

    [Fact]
    public void Analyze_DormantBeyondFiveYears_IsOutOfScope()
    {
        var result = new Timeline().Weekly(Eli, 42, 1900).Analyze();

        Assert.Empty(result.SuggestionsFor(Eli));
    }

    [Fact]
    public void Analyze_WeakTieSilentForAYear_LapsesWithoutASuggestion()
    {
        var result = new Timeline()
            .Exchange(Eli, DaysAgo(500)).Exchange(Eli, DaysAgo(470)).Exchange(Eli, DaysAgo(440)).Exchange(Eli, DaysAgo(410))
            .Analyze();

        Assert.NotNull(result.RelationshipWith(Eli));
        Assert.Empty(result.SuggestionsFor(Eli));
    }

    [Fact]
    public void Analyze_TooFewContactDaysToKnowARhythm_SuggestsNoFading()
    {
        var result = new Timeline().Exchange(Maria, DaysAgo(200)).Exchange(Maria, DaysAgo(170)).Analyze();

        Assert.Empty(result.SuggestionsFor(Maria));
    }

    [Fact]
    public void Analyze_WeeklyTieStillActive_SuggestsNothing()
    {
        var result = new Timeline().Weekly("ben@contoso.example", 50, 2).Analyze();

        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void Analyze_NewContactAfterFading_GivesANewKey()
    {
        var before = MonthlyMentor(176).Analyze().SuggestionsFor(Maria).Single();
        var after = MonthlyMentor(176).Exchange(Maria, DaysAgo(100)).Analyze().SuggestionsFor(Maria).Single();

        Assert.NotEqual(before.Key, after.Key);
    }


    [Theory]
    [InlineData(26, true)]  // her 26 contact days are enough
    [InlineData(27, false)]
    public void Analyze_FadingMinContactDaysSet_SuggestsOnlyFromThatMany(int minContactDays, bool suggested)
    {
        var options = new EngineOptions();
        options.Detectors.FadingTie.MinContactDays = minContactDays;

        var result = MonthlyMentor(176).Analyze(options);

        Assert.Equal(suggested, result.SuggestionsFor(Maria).Any(s => s.Kind == SuggestionKind.FadingTie));
    }

    [Theory]
    [InlineData(42, true)]  // his 42 contact days are enough
    [InlineData(43, false)]
    public void Analyze_DormantMinContactDaysSet_SuggestsOnlyFromThatMany(int minContactDays, bool suggested)
    {
        var options = new EngineOptions();
        options.Detectors.DormantTie.MinContactDays = minContactDays;

        var result = new Timeline().Weekly(Eli, 42, 616).Analyze(options);

        Assert.Equal(suggested, result.SuggestionsFor(Eli).Any(s => s.Kind == SuggestionKind.DormantTie));
    }
}

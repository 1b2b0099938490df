using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Detectors.DormantTie;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.State;
using OutlookNetworking.Core.Tests.Support;

namespace OutlookNetworking.Core.Tests.Detectors;

/// <summary>Quiet ties ordered within their kind by their worth (Engine:TieWorth), each term on its own, the dormant
/// ties' Favour switch, and the reason naming what made a tie rank.</summary>
public sealed class TieWorthTests
{
    private const string Eli = "eli@adatum.example";
    private const string Dan = "dan@adatum.example";
    private const string Ina = "ina@contoso.example";

    private static Suggestion Dormant(AnalysisResult result, string contact)
        => Assert.Single(result.SuggestionsFor(contact), s => s.Kind == SuggestionKind.DormantTie);

    [Fact]
    public void Dormant_FavourStrongest_RanksTheTieWithMoreContactDaysFirstAndSaysSo()
    {
        var result = new Timeline().Weekly(Eli, 130, 600).Weekly(Dan, 10, 600).Analyze();

        var eli = Dormant(result, Eli);
        var dan = Dormant(result, Dan);
        Assert.True(eli.Score > dan.Score, $"{eli.Score} <= {dan.Score}");
        Assert.EndsWith(", ranked by its 130 contact days, more than with anyone else you have lost touch with.",
            eli.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Dormant_FavourWeakest_RanksTheTieWithFewerContactDaysFirstAndSaysSo()
    {
        var options = new EngineOptions();
        options.Detectors.DormantTie.Favour = DormantTieFavour.Weakest;
        options.TieWorth.ReciprocityWeight = 0; // both are even: closeness alone must decide and lead

        var result = new Timeline().Weekly(Eli, 130, 600).Weekly(Dan, 10, 600).Analyze(options);

        var eli = Dormant(result, Eli);
        var dan = Dormant(result, Dan);
        Assert.True(dan.Score > eli.Score, $"{dan.Score} <= {eli.Score}");
        Assert.Contains("ranked by its only 10 contact days, fewer than with anyone else you have lost touch with",
            dan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Dormant_MoreReciprocal_RanksFirst()
    {
        var timeline = new Timeline().Weekly(Eli, 42, 600).Weekly(Dan, 42, 600);
        for (var w = 0; w < 42; w++)
        {
            timeline.Received(Dan, Timeline.DaysAgo(600 + (7 * w)).AddHours(-1)); // Dan wrote twice each week, the owner once
        }

        var result = timeline.Analyze();

        Assert.Equal(result.RelationshipWith(Eli)!.ContactDays, result.RelationshipWith(Dan)!.ContactDays);
        Assert.True(Dormant(result, Eli).Score > Dormant(result, Dan).Score);
    }

    [Fact]
    public void Dormant_QuietForLess_RanksFirst()
    {
        var result = new Timeline().Weekly(Eli, 42, 300).Weekly(Dan, 42, 600).Analyze();

        Assert.True(Dormant(result, Eli).Score > Dormant(result, Dan).Score);
    }

    [Fact]
    public void Dormant_OutsideTheOrganisation_RanksFirstOtherwiseEqual()
    {
        var result = new Timeline().Weekly(Eli, 42, 600).Weekly(Ina, 42, 600).Analyze();

        Assert.True(Dormant(result, Eli).Score > Dormant(result, Ina).Score);
    }

    [Fact]
    public void Dormant_WithAGoal_RanksFirstAndSaysSoWhenTheGoalLeads()
    {
        var options = new EngineOptions();
        options.TieWorth.GoalWeight = 1;
        var feedback = UserFeedback.None with
        {
            Goals = new Dictionary<string, ContactGoal> { [Dan] = new("mentor", null) },
        };

        var result = new Timeline().Weekly(Eli, 42, 600).Weekly(Dan, 42, 600).Analyze(options, feedback);

        var dan = Dormant(result, Dan);
        Assert.True(dan.Score > Dormant(result, Eli).Score);
        Assert.EndsWith(", ranked by the goal you set for " + Dan + ".", dan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Dormant_ManyTiesOfOneShape_DifferOnlyByWhatTheEngineKnows_NoTwoShareAScore()
    {
        var timeline = new Timeline();
        for (var i = 0; i < 8; i++)
        {
            timeline.Weekly($"p{i}@adatum.example", 12 + (5 * i), 600 - (23 * i)); // more days, more recent: each term apart
        }

        var scores = timeline.Analyze().Suggestions.Select(r => r.Suggestion).Where(s => s.Kind == SuggestionKind.DormantTie)
            .Select(s => Math.Round(s.Score, 3)).ToList();

        Assert.Equal(8, scores.Count);
        Assert.Equal(8, scores.Distinct().Count());
    }

    [Fact]
    public void OptionsFingerprint_ChangesWithTheFavourAndEachWeight()
    {
        var defaults = StateBasis.OptionsFingerprint(new EngineOptions());
        var weakest = new EngineOptions();
        weakest.Detectors.DormantTie.Favour = DormantTieFavour.Weakest;
        var reciprocity = new EngineOptions();
        reciprocity.TieWorth.ReciprocityWeight = 0.5;

        Assert.NotEqual(defaults, StateBasis.OptionsFingerprint(weakest));
        Assert.NotEqual(defaults, StateBasis.OptionsFingerprint(reciprocity));
    }

    [Fact]
    public void FindProblems_EveryWeightZero_NamesTheSection()
    {
        var options = new EngineOptions();
        options.TieWorth.ContactDaysWeight = 0;
        options.TieWorth.ReciprocityWeight = 0;
        options.TieWorth.PeakRecencyWeight = 0;
        options.TieWorth.ExternalWeight = 0;
        options.TieWorth.GoalWeight = 0;

        Assert.Contains(options.FindProblems(), p => p.StartsWith("Engine:TieWorth:", StringComparison.Ordinal));
    }
}

using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Ranking;

namespace OutlookNetworking.Core.Tests.Ranking;

public sealed class SuggestionRankerTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 30, 18, 0, 0, TimeSpan.Zero);
    private static readonly EngineOptions Options = new();

    private static Suggestion Make(string contact, SuggestionKind kind, double score, DateTimeOffset? anchorAt = null)
        => new(SuggestionKeys.For("owner", kind, contact, "anchor"), kind, contact, null, score, "Reason 1.",
            new SuggestionEvidence(AnchorAt: anchorAt ?? Now.AddDays(-3)));

    private static UserFeedback Feedback(IReadOnlyDictionary<string, SuggestionFeedback>? actions = null, params string[] muted)
        => new(actions ?? new Dictionary<string, SuggestionFeedback>(), muted, new Dictionary<string, ContactGoal>());

    [Fact]
    public void Rank_ManySuggestions_MarksTheDailyListSizeAsToday()
    {
        var open = Enumerable.Range(1, 12).Select(i => Make($"p{i}@x.example", (SuggestionKind)(i % 6), 0.3 + (i * 0.05)));

        var ranked = SuggestionRanker.Rank(open, UserFeedback.None, Now, Options);

        Assert.Equal(12, ranked.Count);
        Assert.Equal(5, ranked.Count(r => r.Today));
        Assert.All(ranked.Take(5), r => Assert.True(r.Today));
        Assert.Equal(Enumerable.Range(1, 12), ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Rank_SeveralSuggestionsForOneContact_ShowsThemOnceInToday()
    {
        var open = new[]
        {
            Make("ben@x.example", SuggestionKind.OwedReply, 0.9),
            Make("ben@x.example", SuggestionKind.FadingTie, 0.8),
            Make("ben@x.example", SuggestionKind.CadenceGoal, 0.7),
            Make("chen@x.example", SuggestionKind.AwaitingReply, 0.5),
        };

        var ranked = SuggestionRanker.Rank(open, UserFeedback.None, Now, Options);

        var today = ranked.Where(r => r.Today).Select(r => r.Suggestion.ContactAddress).ToList();
        Assert.Equal(["ben@x.example", "chen@x.example"], today);
        Assert.Equal(4, ranked.Count);
        Assert.Equal(SuggestionKind.OwedReply, ranked[0].Suggestion.Kind);
    }

    [Fact]
    public void Rank_OneKindScoresHighest_StillMixesKindsInToday()
    {
        var open = Enumerable.Range(1, 8).Select(i => Make($"owed{i}@x.example", SuggestionKind.OwedReply, 0.80 - (i * 0.001)))
            .Append(Make("maria@x.example", SuggestionKind.FadingTie, 0.60))
            .Append(Make("eli@x.example", SuggestionKind.DormantTie, 0.50));

        var today = SuggestionRanker.Rank(open, UserFeedback.None, Now, Options).Where(r => r.Today).ToList();

        Assert.Contains(today, r => r.Suggestion.Kind == SuggestionKind.FadingTie);
        Assert.Contains(today, r => r.Suggestion.Kind == SuggestionKind.DormantTie);
    }

    [Fact]
    public void Rank_MutedContact_NeverAppears()
    {
        var open = new[] { Make("ben@x.example", SuggestionKind.OwedReply, 0.9), Make("chen@x.example", SuggestionKind.AwaitingReply, 0.5) };

        var ranked = SuggestionRanker.Rank(open, Feedback(null, "Ben@X.example"), Now, Options);

        Assert.DoesNotContain(ranked, r => r.Suggestion.ContactAddress == "ben@x.example");
        Assert.Single(ranked);
    }

    [Theory]
    [InlineData(FeedbackAction.Done)]
    [InlineData(FeedbackAction.Dismissed)]
    public void Rank_DoneOrDismissed_IsHidden(FeedbackAction action)
    {
        var ben = Make("ben@x.example", SuggestionKind.OwedReply, 0.9);
        var feedback = Feedback(new Dictionary<string, SuggestionFeedback> { [ben.Key] = new(action, Now.AddDays(-1)) });

        Assert.Empty(SuggestionRanker.Rank([ben], feedback, Now, Options));
    }

    [Fact]
    public void Rank_DoneButTheSituationRenewedAfterwards_ShowsItAgain()
    {
        var ben = Make("ben@x.example", SuggestionKind.OwedReply, 0.9, anchorAt: Now.AddHours(-2));
        var feedback = Feedback(new Dictionary<string, SuggestionFeedback> { [ben.Key] = new(FeedbackAction.Done, Now.AddDays(-1)) });

        Assert.Single(SuggestionRanker.Rank([ben], feedback, Now, Options));
    }

    [Theory]
    [InlineData(1, false)]  // snoozed until tomorrow
    [InlineData(-1, true)]  // the snooze ended yesterday
    public void Rank_Snoozed_IsHiddenUntilTheSnoozeEnds(int untilDays, bool visible)
    {
        var ben = Make("ben@x.example", SuggestionKind.FadingTie, 0.6);
        var feedback = Feedback(new Dictionary<string, SuggestionFeedback>
        {
            [ben.Key] = new(FeedbackAction.Snoozed, Now.AddDays(-5), Now.AddDays(untilDays)),
        });

        Assert.Equal(visible, SuggestionRanker.Rank([ben], feedback, Now, Options).Count == 1);
    }

    [Theory]
    [InlineData(-6, false)]
    [InlineData(-8, true)]
    public void Rank_SnoozedWithoutADate_IsHiddenForTheDefaultSevenDays(int snoozedDaysAgo, bool visible)
    {
        var ben = Make("ben@x.example", SuggestionKind.FadingTie, 0.6);
        var feedback = Feedback(new Dictionary<string, SuggestionFeedback>
        {
            [ben.Key] = new(FeedbackAction.Snoozed, Now.AddDays(snoozedDaysAgo)),
        });

        Assert.Equal(visible, SuggestionRanker.Rank([ben], feedback, Now, Options).Count == 1);
    }

    [Fact]
    public void Rank_EqualScores_TheOneWaitingLongestGoesFirstWhateverItsAddress()
    {
        // Keys order "aaron" before "zoe"; the situation says Zoe has waited 40 days, Aaron 3.
        var aaron = Make("aaron@x.example", SuggestionKind.OwedReply, 0.7, Now.AddDays(-3));
        var zoe = Make("zoe@x.example", SuggestionKind.OwedReply, 0.7, Now.AddDays(-40));
        var noAnchor = Make("adam@x.example", SuggestionKind.OwedReply, 0.7) with { Evidence = new SuggestionEvidence() };

        var ranked = SuggestionRanker.Rank([aaron, noAnchor, zoe], UserFeedback.None, Now, Options);

        Assert.Equal(["zoe@x.example", "aaron@x.example", "adam@x.example"], ranked.Select(r => r.Suggestion.ContactAddress));
    }

    [Fact]
    public void Rank_EqualScoresAndAnchors_TheCloserTieGoesFirstWhateverItsAddress()
    {
        var anchor = Now.AddDays(-200);
        var light = Make("yan@x.example", SuggestionKind.DormantTie, 0.5) with { Evidence = new SuggestionEvidence(AnchorAt: anchor, ContactDays: 10) };
        var close = Make("abe@x.example", SuggestionKind.DormantTie, 0.5) with { Evidence = new SuggestionEvidence(AnchorAt: anchor, ContactDays: 130) };

        var ranked = SuggestionRanker.Rank([light, close], UserFeedback.None, Now, Options);

        Assert.Equal(["abe@x.example", "yan@x.example"], ranked.Select(r => r.Suggestion.ContactAddress));
    }

    [Fact]
    public void Rank_SameInputInAnotherOrder_GivesTheSameRanking()
    {
        var open = Enumerable.Range(1, 20).Select(i => Make($"p{i % 7}@x.example", (SuggestionKind)(i % 6), Math.Round(0.3 + ((i % 5) * 0.1), 2))).ToList();

        var first = SuggestionRanker.Rank(open, UserFeedback.None, Now, Options).Select(r => r.Suggestion.Key).ToList();
        open.Reverse();
        var second = SuggestionRanker.Rank(open, UserFeedback.None, Now, Options).Select(r => r.Suggestion.Key).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Rank_DailyListSizeOption_IsRespected()
    {
        var open = Enumerable.Range(1, 10).Select(i => Make($"p{i}@x.example", SuggestionKind.OwedReply, 0.9));

        var ranked = SuggestionRanker.Rank(open, UserFeedback.None, Now, new EngineOptions { DailyListSize = 2 });

        Assert.Equal(2, ranked.Count(r => r.Today));
    }
}

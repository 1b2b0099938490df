using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Introductions;

namespace OutlookNetworking.Core.Tests.Introductions;

public sealed class IntroductionRankingTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly EngineOptions Options = new() { StrongTieStrength = 0.6, SteadyTieStrength = 0.3 };

    [Fact]
    public void Rank_SevenColleagues_FiveByLabelThenRecency()
    {
        IntroductionTie[] ties =
        [
            new("light-recent", 0.1, Now.AddDays(-1)),
            new("steady-old", 0.5, Now.AddDays(-200)),
            new("strong-old", 0.9, Now.AddDays(-100)),
            new("steady-recent", 0.31, Now.AddDays(-3)),
            new("strong-recent", 0.61, Now.AddDays(-2)),
            new("light-old", 0.2, Now.AddDays(-300)),
            new("light-mid", 0.25, Now.AddDays(-20)),
        ];

        var ranked = IntroductionRanking.Rank(ties, Options);

        Assert.Equal(["strong-recent", "strong-old", "steady-recent", "steady-old", "light-recent"], ranked.Select(t => t.ColleagueKey));
    }

    [Fact]
    public void Rank_ColleagueWithSeveralTies_ListedOnceWithTheStrongest()
    {
        IntroductionTie[] ties = [new("carla", 0.2, Now.AddDays(-1)), new("carla", 0.7, Now.AddDays(-90)), new("dev", 0.4, Now)];

        var ranked = IntroductionRanking.Rank(ties, Options);

        Assert.Equal([("carla", 0.7), ("dev", 0.4)], ranked.Select(t => (t.ColleagueKey, t.Strength)));
    }

    [Theory]
    [InlineData(0.6, StrengthLabel.Strong)]
    [InlineData(0.59, StrengthLabel.Steady)]
    [InlineData(0.3, StrengthLabel.Steady)]
    [InlineData(0.29, StrengthLabel.Light)]
    public void StrengthLabelOf_ByTheEngineThresholds(double strength, StrengthLabel expected) =>
        Assert.Equal(expected, IntroductionRanking.StrengthLabelOf(strength, Options));

    [Theory]
    [InlineData(0, "in touch this week")]
    [InlineData(6, "in touch this week")]
    [InlineData(7, "in touch this month")]
    [InlineData(30, "in touch this month")]
    [InlineData(31, "in touch last month")]
    [InlineData(61, "in touch last month")]
    [InlineData(62, "in touch 2 months ago")]
    [InlineData(130, "in touch 4 months ago")]
    [InlineData(364, "in touch 11 months ago")]
    [InlineData(365, "in touch over a year ago")]
    public void LastContactLabel_CoarseByDays(int daysAgo, string expected) =>
        Assert.Equal(expected, IntroductionRanking.LastContactLabel(Now.AddDays(-daysAgo), Now));
}

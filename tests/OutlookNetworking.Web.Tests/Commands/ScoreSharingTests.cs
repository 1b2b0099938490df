using OutlookNetworking.Cli.Commands;

namespace OutlookNetworking.Web.Tests.Commands;

/// <summary>analyze --json's measure of how much a ranking ranks: suggestions sharing a score (3 decimals) with another
/// of the same person.</summary>
public sealed class ScoreSharingTests
{
    [Fact]
    public void CountSharing_CountsEverySuggestionInAGroupOfEqualRoundedScores()
    {
        // 0.5001 and 0.4996 round to 0.500; 0.61 and 0.6104 to 0.610; 0.7 alone; 0.5006 rounds to 0.501
        Assert.Equal(4, ScoreSharing.CountSharing([0.5001, 0.4996, 0.61, 0.6104, 0.7, 0.5006]));
    }

    [Fact]
    public void CountSharing_AllDistinct_IsZero()
    {
        Assert.Equal(0, ScoreSharing.CountSharing([0.101, 0.102, 0.103]));
        Assert.Equal(0, ScoreSharing.CountSharing([]));
    }

    [Fact]
    public void Summarize_AddsUpUsersAndGivesTheShare()
    {
        AnalyzeUser User(int suggestions, int sharing) => new(Guid.NewGuid(), "a@b.example", "A",
            new Dictionary<string, int>(), [],
            Enumerable.Range(0, suggestions).Select(_ => new AnalyzeSuggestion("owedReply",
                new AnalyzeSuggestionContact("c@d.example", null), 0.5, false, "r.", new OutlookNetworking.Core.Analysis.SuggestionEvidence())).ToList(),
            sharing);

        var summary = ScoreSharing.Summarize([User(6, 2), User(4, 0), User(0, 0)]);

        Assert.Equal(new AnalyzeScoreSharing(10, 2, 0.2), summary);
    }
}

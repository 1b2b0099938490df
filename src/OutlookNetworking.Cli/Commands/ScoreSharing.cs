using System.Globalization;

namespace OutlookNetworking.Cli.Commands;

/// <summary>How much a ranking ranks: the suggestions of one person whose score, rounded to
/// <see cref="Decimals"/> decimals, equals that of another suggestion of the same person (issue 16's measure; the
/// engine's target is at most 10% of all suggestions).</summary>
internal static class ScoreSharing
{
    /// <summary>Scores are compared rounded to this many decimals.</summary>
    public const int Decimals = 3;

    /// <summary>How many of <paramref name="scores"/> (one person's suggestions) share their rounded score with another.</summary>
    public static int CountSharing(IEnumerable<double> scores)
        => scores.GroupBy(s => Math.Round(s, Decimals, MidpointRounding.AwayFromZero).ToString("F3", CultureInfo.InvariantCulture),
                StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Sum(g => g.Count());

    /// <summary>The tenant's summary from each user's suggestion count and sharing count.</summary>
    public static AnalyzeScoreSharing Summarize(IEnumerable<AnalyzeUser> users)
    {
        var total = 0;
        var sharing = 0;
        foreach (var user in users)
        {
            total += user.Suggestions.Count;
            sharing += user.SuggestionsSharingAScore;
        }

        return new AnalyzeScoreSharing(total, sharing, total == 0 ? 0 : Math.Round(sharing / (double)total, 4));
    }
}

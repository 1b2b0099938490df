using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;

namespace OutlookNetworking.Core.Introductions;

/// <summary>
/// Which colleagues an introduction names and how it describes them: each colleague once (their strongest tie), ranked
/// by tie strength (strong, steady, light) then by recency, at most <see cref="MostColleagues"/>; described by labels
/// only (<see cref="StrengthLabelOf"/>, <see cref="LastContactLabel"/>), never by counts or dates.
/// </summary>
public static class IntroductionRanking
{
    /// <summary>At most this many colleagues per answer: a short list to ask from, not a directory of who knows whom.</summary>
    public const int MostColleagues = 5;

    /// <summary>A company answer needs at least this many different people at the domain known in the organisation, so
    /// a domain of one person (a family's own domain, a one-person firm) never stands for that person.</summary>
    public const int LeastPeopleForCompany = 2;

    /// <summary>The colleagues to name, best first.</summary>
    public static IReadOnlyList<IntroductionTie> Rank(IEnumerable<IntroductionTie> ties, EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(ties);
        ArgumentNullException.ThrowIfNull(options);
        return ties
            .GroupBy(t => t.ColleagueKey, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(t => t.Strength).ThenByDescending(t => t.LastContact).First())
            .OrderByDescending(t => StrengthLabelOf(t.Strength, options)) // Strong, then Steady, then Light
            .ThenByDescending(t => t.LastContact)
            .ThenByDescending(t => t.Strength)
            .ThenBy(t => t.ColleagueKey, StringComparer.Ordinal)
            .Take(MostColleagues)
            .ToList();
    }

    /// <summary><see cref="StrengthLabel.Strong"/>, <see cref="StrengthLabel.Steady"/> or <see cref="StrengthLabel.Light"/>
    /// by the engine's thresholds (<see cref="EngineOptions.StrongTieStrength"/>, <see cref="EngineOptions.SteadyTieStrength"/>).
    /// Strength decays with silence, so an old tie reads light.</summary>
    public static StrengthLabel StrengthLabelOf(double strength, EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return strength >= options.StrongTieStrength ? StrengthLabel.Strong
            : strength >= options.SteadyTieStrength ? StrengthLabel.Steady
            : StrengthLabel.Light;
    }

    /// <summary>"in touch this week" (under 7 days), "in touch this month" (under 31), "in touch last month" (under 62),
    /// "in touch N months ago" (2 to 11), else "in touch over a year ago": coarse enough to name no mail.</summary>
    public static string LastContactLabel(DateTimeOffset lastContact, DateTimeOffset now)
    {
        var days = Math.Max(0, (now - lastContact).TotalDays);
        return days switch
        {
            < 7 => "in touch this week",
            < 31 => "in touch this month",
            < 62 => "in touch last month",
            < 365 => $"in touch {Math.Min(11, Math.Max(2, (int)(days / 30.4)))} months ago",
            _ => "in touch over a year ago",
        };
    }
}

using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Core.Detectors.DormantTie;

/// <summary>Which dormant ties are worth a suggestion. Bound from <see cref="SectionName"/>. When a tie is dormant,
/// and for how long it stays in scope, is engine-wide (<see cref="Engine.EngineOptions.DormantGapMultiple"/> and the
/// other <c>Dormant*</c> options): labels and network health read it too.</summary>
public sealed class DormantTieOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = DetectorOptions.SectionName + ":DormantTie";

    /// <summary>A dormant tie is suggested only with at least this many distinct contact days before it went quiet:
    /// its usual gap, quoted in the reason, read from fewer is a guess. Default 4; 2 to 1000.</summary>
    [Range(2, 1000)]
    public int MinContactDays { get; set; } = 4;

    /// <summary>Which dormant ties rank first by former closeness (the <see cref="TieWorth.TieWorthOptions.ContactDaysWeight"/>
    /// term). People prefer to reconnect with those they spent much time with, while those they spent little time with
    /// gave the most novel, most valuable advice (Walter, Levin &amp; Murnighan 2015, "Reconnection choices: selecting
    /// the most valuable (vs. most preferred) dormant ties", Organization Science). Default
    /// <see cref="DormantTieFavour.Strongest"/>: every dormant tie suggested was once strong (peak strength at least
    /// <see cref="Engine.EngineOptions.DormantMinPeakStrength"/>), so even the strongest brings what time apart adds
    /// (novelty; Levin, Walter &amp; Murnighan 2011), and a nudge the user is comfortable acting on is worth more than
    /// one left alone; <see cref="DormantTieFavour.Weakest"/> ranks for novelty instead.</summary>
    public DormantTieFavour Favour { get; set; } = DormantTieFavour.Strongest;
}

using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Core.Detectors.TieWorth;

/// <summary>
/// How a quiet tie (fading or dormant) is worth a place in the list: each term is in [0, 1] and the tie's worth is
/// their weighted mean (weights relative; at least one above 0), so ties of one kind are ordered by what the engine
/// knows of them and seldom share a score. Bound from <see cref="SectionName"/>; part of the options fingerprint, so a
/// change re-analyses every mailbox. docs/engine.md "Ranking quiet ties" explains each term.
/// </summary>
public sealed class TieWorthOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Engine:TieWorth";

    /// <summary>Weight of former closeness: the contact days the tie had, on a log scale (saturating at
    /// <see cref="ContactDaysSaturation"/>), averaged with its peak strength. The time spent together is the first
    /// component of tie strength (Granovetter 1973, "The strength of weak ties", AJS). For dormant ties its direction
    /// is <see cref="DormantTie.DormantTieOptions.Favour"/>; for fading ties it is read through
    /// <see cref="Engine.EngineOptions.WeakTieEmphasis"/>. Default 0.40; 0 to 1.</summary>
    [Range(0.0, 1.0)]
    public double ContactDaysWeight { get; set; } = 0.40;

    /// <summary>Contact days at which former closeness counts in full. Default 200; 10 to 5000.</summary>
    [Range(10, 5000)]
    public int ContactDaysSaturation { get; set; } = 200;

    /// <summary>Weight of reciprocity: how evenly the mail went both ways (meetings count on both sides). Reciprocal
    /// services are part of tie strength (Granovetter 1973), and a contact who answered in kind is the trustworthy,
    /// willing-to-help "engagement" that made reconnections valuable (Walter, Levin &amp; Murnighan 2015,
    /// "Reconnection choices", Organization Science). Default 0.25; 0 to 1.</summary>
    [Range(0.0, 1.0)]
    public double ReciprocityWeight { get; set; } = 0.25;

    /// <summary>Weight of the recency of the peak: the tie's last contact, halving every
    /// <see cref="PeakRecencyHalfLifeDays"/>. Ties decay with time apart (Burt 2000, "Decay functions", Social
    /// Networks), and reconnecting works when both still remember and can catch up ("The reconnection process: mobilizing the social capital of dormant ties",
    /// Organization Science, doi:10.1287/orsc.2023.1685): the more recent the silence, the easier the note. Default 0.20; 0 to 1.</summary>
    [Range(0.0, 1.0)]
    public double PeakRecencyWeight { get; set; } = 0.20;

    /// <summary>Days in which the recency term halves. Default 365; 30 to 3650.</summary>
    [Range(30, 3650)]
    public double PeakRecencyHalfLifeDays { get; set; } = 365;

    /// <summary>Weight of being outside the organisation (1 external, 0 internal): ties that bridge to other groups
    /// carry the non-redundant information (Granovetter 1973; Burt 1992, "Structural holes"). Default 0.05 (a nudge,
    /// not a rule: internal colleagues are most of a working network); 0 to 1.</summary>
    [Range(0.0, 1.0)]
    public double ExternalWeight { get; set; } = 0.05;

    /// <summary>Weight of a goal the user set for the contact (any tag): the user said this tie matters. Default 0.10;
    /// 0 to 1.</summary>
    [Range(0.0, 1.0)]
    public double GoalWeight { get; set; } = 0.10;

    /// <summary>The sum of the weights (the worth is their weighted mean).</summary>
    internal double TotalWeight => ContactDaysWeight + ReciprocityWeight + PeakRecencyWeight + ExternalWeight + GoalWeight;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TotalWeight <= 0)
        {
            yield return new ValidationResult("At least one weight must be above 0.",
                [nameof(ContactDaysWeight), nameof(ReciprocityWeight), nameof(PeakRecencyWeight), nameof(ExternalWeight), nameof(GoalWeight)]);
        }
    }
}

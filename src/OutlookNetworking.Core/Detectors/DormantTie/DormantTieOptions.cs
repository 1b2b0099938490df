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
}

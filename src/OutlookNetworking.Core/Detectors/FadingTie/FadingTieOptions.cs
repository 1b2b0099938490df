using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Core.Detectors.FadingTie;

/// <summary>Which fading ties are worth a suggestion. Bound from <see cref="SectionName"/>. When a tie is fading is
/// engine-wide (<see cref="Engine.EngineOptions.FadingGapMultiple"/>, <see cref="Engine.EngineOptions.FadingMinSilentDays"/>):
/// labels and network health read it too.</summary>
public sealed class FadingTieOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = DetectorOptions.SectionName + ":FadingTie";

    /// <summary>A fading tie is suggested only with at least this many distinct contact days: a rhythm read from
    /// fewer is a guess. Default 4; 2 to 1000.</summary>
    [Range(2, 1000)]
    public int MinContactDays { get; set; } = 4;
}

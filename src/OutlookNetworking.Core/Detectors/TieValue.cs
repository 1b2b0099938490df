using OutlookNetworking.Core.Engine;

namespace OutlookNetworking.Core.Detectors;

/// <summary>
/// The value of keeping a tie, in [0, 1], for the scores of the tie detectors (fading, dormant): a blend of its
/// strength s and 4·s·(1 − s), which peaks at moderately weak ties (s = 0.5), weighted by
/// <see cref="EngineOptions.WeakTieEmphasis"/>. Moderately weak ties drive the most job mobility (Rajkumar et al. 2022,
/// Science), so the list must not hold only the strongest ties.
/// </summary>
internal static class TieValue
{
    public static double Of(double strength, EngineOptions options)
    {
        var s = Math.Clamp(strength, 0, 1);
        var moderate = 4 * s * (1 - s);
        return ((1 - options.WeakTieEmphasis) * s) + (options.WeakTieEmphasis * moderate);
    }
}

using OutlookNetworking.Core.Detectors.TieWorth;

namespace OutlookNetworking.Core.Detectors.FadingTie;

/// <summary>0.35 to 0.70 by the tie's worth (<see cref="QuietTieWorth"/>): worth acting on before it lapses,
/// below anyone who is waiting for the owner.</summary>
internal static class FadingTieScore
{
    public static double Of(double worth) => 0.35 + (0.35 * worth);
}

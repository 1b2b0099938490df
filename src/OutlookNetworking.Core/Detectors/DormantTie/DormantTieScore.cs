using OutlookNetworking.Core.Detectors.TieWorth;

namespace OutlookNetworking.Core.Detectors.DormantTie;

/// <summary>0.30 to 0.65 by the tie's worth (<see cref="QuietTieWorth"/>): dormant ties wait; they are worth a
/// place in the list, not the top.</summary>
internal static class DormantTieScore
{
    public static double Of(double worth) => 0.30 + (0.35 * worth);
}

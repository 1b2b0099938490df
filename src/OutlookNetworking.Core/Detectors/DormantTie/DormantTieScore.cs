using OutlookNetworking.Core.Engine;

namespace OutlookNetworking.Core.Detectors.DormantTie;

/// <summary>0.30 to 0.65 by the tie's value at its peak (<see cref="TieValue"/>): dormant ties wait; they are worth a
/// place in the list, not the top.</summary>
internal static class DormantTieScore
{
    public static double Of(double peakStrength, EngineOptions engine) => 0.30 + (0.35 * TieValue.Of(peakStrength, engine));
}

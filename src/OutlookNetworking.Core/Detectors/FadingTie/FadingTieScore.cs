using OutlookNetworking.Core.Engine;

namespace OutlookNetworking.Core.Detectors.FadingTie;

/// <summary>0.35 to 0.70 by the tie's value at its peak (<see cref="TieValue"/>): worth acting on before it lapses,
/// below anyone who is waiting for the owner.</summary>
internal static class FadingTieScore
{
    public static double Of(double peakStrength, EngineOptions engine) => 0.35 + (0.35 * TieValue.Of(peakStrength, engine));
}

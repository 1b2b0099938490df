namespace OutlookNetworking.Core.Detectors.CadenceGoal;

/// <summary>0.55 to 0.90: the user asked for it; more as it becomes more overdue (a full cadence overdue, or never in
/// touch, is the top of the band).</summary>
internal static class CadenceGoalScore
{
    public static double Of(double overdueDays, int cadenceDays)
        => 0.55 + (0.35 * Math.Clamp(overdueDays / Math.Max(1, cadenceDays), 0, 1));
}

using OutlookNetworking.Core.Engine;

namespace OutlookNetworking.Core.Detectors;

/// <summary>
/// Scores in [0, 1], comparable across kinds. Each kind has a band that says how much it matters as
/// a kind (a reply someone is waiting for outranks a tie that has been quiet for months), and moves
/// within it with urgency and the value of the tie.
/// </summary>
internal static class SuggestionScores
{
    /// <summary>0.70 to 1.00: someone real is waiting; more urgent as the message ages toward the
    /// limit, a little more for a stronger tie.</summary>
    public static double OwedReply(double ageDays, double strength, EngineOptions options)
    {
        var span = Math.Max(1.0, options.OwedReplyMaxDays - (options.OwedReplyGraceHours / 24.0));
        var urgency = Clamp((ageDays - (options.OwedReplyGraceHours / 24.0)) / span);
        return 0.70 + (0.20 * urgency) + (0.10 * strength);
    }

    /// <summary>0.55 to 0.95: a fresh first meeting is the best moment for a thank-you, fading over
    /// the window.</summary>
    public static double FirstMeeting(double daysSinceEnd, EngineOptions options)
        => 0.95 - (0.25 * Clamp(daysSinceEnd / options.FirstMeetingWindowDays));

    /// <summary>0.50 to 0.85: more worth a nudge as the wait grows and for a real two-way tie.</summary>
    public static double AwaitingReply(double ageDays, double strength, EngineOptions options)
    {
        var span = Math.Max(1.0, options.AwaitingReplyMaxDays - options.AwaitingReplyMinDays);
        var urgency = Clamp((ageDays - options.AwaitingReplyMinDays) / span);
        return 0.50 + (0.20 * urgency) + (0.15 * strength);
    }

    /// <summary>0.55 to 0.90: the user asked for it; more as it becomes more overdue.</summary>
    public static double CadenceGoal(double overdueDays, int cadenceDays)
        => 0.55 + (0.35 * Clamp(overdueDays / Math.Max(1, cadenceDays)));

    /// <summary>0.35 to 0.70 by the tie's value (see <see cref="TieValue"/>).</summary>
    public static double FadingTie(double peakStrength, EngineOptions options)
        => 0.35 + (0.35 * TieValue(peakStrength, options));

    /// <summary>0.30 to 0.65 by the tie's value: dormant ties wait; they are worth a place, not the top.</summary>
    public static double DormantTie(double peakStrength, EngineOptions options)
        => 0.30 + (0.35 * TieValue(peakStrength, options));

    /// <summary>
    /// The value of keeping a tie, in [0, 1]: a blend of its strength s and 4·s·(1 − s), which peaks at
    /// moderately weak ties (s = 0.5), weighted by <see cref="EngineOptions.WeakTieEmphasis"/>. Moderately
    /// weak ties drive the most job mobility (Rajkumar et al. 2022, Science).
    /// </summary>
    public static double TieValue(double strength, EngineOptions options)
    {
        var s = Clamp(strength);
        var moderate = 4 * s * (1 - s);
        return ((1 - options.WeakTieEmphasis) * s) + (options.WeakTieEmphasis * moderate);
    }

    private static double Clamp(double value) => Math.Clamp(value, 0, 1);
}

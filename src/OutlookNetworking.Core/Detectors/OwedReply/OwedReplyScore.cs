namespace OutlookNetworking.Core.Detectors.OwedReply;

/// <summary>0.70 to 1.00, the highest band: someone real is waiting. More urgent as the message ages from the grace
/// period toward the limit, a little more for a stronger tie.</summary>
internal static class OwedReplyScore
{
    public static double Of(TimeSpan age, double strength, OwedReplyOptions options)
    {
        var graceDays = options.Grace.TotalDays;
        var span = Math.Max(1.0, options.MaxAge.TotalDays - graceDays);
        var urgency = Math.Clamp((age.TotalDays - graceDays) / span, 0, 1);
        return 0.70 + (0.20 * urgency) + (0.10 * strength);
    }
}

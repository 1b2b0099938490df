namespace OutlookNetworking.Core.Detectors.AwaitingReply;

/// <summary>0.50 to 0.85: more worth a nudge as the wait grows from <see cref="AwaitingReplyOptions.MinAge"/> toward
/// <see cref="AwaitingReplyOptions.MaxAge"/>, and for a real two-way tie (strength 0 when it is one-way).</summary>
internal static class AwaitingReplyScore
{
    public static double Of(TimeSpan age, double strength, AwaitingReplyOptions options)
    {
        var minDays = options.MinAge.TotalDays;
        var span = Math.Max(1.0, options.MaxAge.TotalDays - minDays);
        var urgency = Math.Clamp((age.TotalDays - minDays) / span, 0, 1);
        return 0.50 + (0.20 * urgency) + (0.15 * strength);
    }
}

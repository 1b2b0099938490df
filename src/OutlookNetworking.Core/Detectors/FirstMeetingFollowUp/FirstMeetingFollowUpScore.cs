namespace OutlookNetworking.Core.Detectors.FirstMeetingFollowUp;

/// <summary>0.70 to 0.95: a fresh first meeting is the best moment for a thank-you, fading linearly over the
/// window.</summary>
internal static class FirstMeetingFollowUpScore
{
    public static double Of(TimeSpan sinceEnd, FirstMeetingFollowUpOptions options)
        => 0.95 - (0.25 * Math.Clamp(sinceEnd.TotalDays / options.Window.TotalDays, 0, 1));
}

namespace OutlookNetworking.Core.Detectors.FirstMeetingFollowUp;

/// <summary>"You met Dana Kim for the first time 2 days ago and have not written to them since."</summary>
internal static class FirstMeetingFollowUpReason
{
    public static string For(string name, int daysAgo)
        => string.Create(ReasonText.Invariant,
            $"You met {name} for the first time {ReasonText.Ago(daysAgo)} and have not written to them since.");
}

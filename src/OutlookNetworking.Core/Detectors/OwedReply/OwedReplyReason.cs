namespace OutlookNetworking.Core.Detectors.OwedReply;

/// <summary>"Ben Okafor wrote to you 5 days ago and is still waiting for your reply."</summary>
internal static class OwedReplyReason
{
    public static string For(string name, int daysAgo)
        => string.Create(ReasonText.Invariant, $"{name} wrote to you {ReasonText.Ago(daysAgo)} and is still waiting for your reply.");
}

namespace OutlookNetworking.Core.Detectors.AwaitingReply;

/// <summary>"You wrote to Chen Wei 10 days ago and have had no answer in that thread yet."</summary>
internal static class AwaitingReplyReason
{
    public static string For(string name, int daysAgo)
        => string.Create(ReasonText.Invariant,
            $"You wrote to {name} {ReasonText.Ago(daysAgo)} and have had no answer in that thread yet.");
}

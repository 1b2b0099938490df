namespace OutlookNetworking.Core.Detectors.CadenceGoal;

/// <summary>"You wanted to be in touch with Lena Fischer (mentor) every 30 days; your last contact was 45 days ago.",
/// or "…, and there is no contact on record yet."</summary>
internal static class CadenceGoalReason
{
    public static string For(string name, string tag, int cadenceDays, int? silentDays)
        => silentDays is { } silent
            ? string.Create(ReasonText.Invariant,
                $"You wanted to be in touch with {name} ({tag}) every {ReasonText.Days(cadenceDays)}; your last contact was {silent} days ago.")
            : string.Create(ReasonText.Invariant,
                $"You wanted to be in touch with {name} ({tag}) every {ReasonText.Days(cadenceDays)}, and there is no contact on record yet.");
}

namespace OutlookNetworking.Core.Detectors.FadingTie;

/// <summary>"You and Maria Lopez usually talk every 29 days; last contact was 175 days ago, after 21 contact days
/// since 2024."</summary>
internal static class FadingTieReason
{
    public static string For(string name, double usualGapDays, int silentDays, int contactDays, int sinceYear)
        => string.Create(ReasonText.Invariant,
            $"You and {name} usually talk every {ReasonText.Days(usualGapDays)}; last contact was {silentDays} days ago, after {contactDays} contact days since {sinceYear}.");
}

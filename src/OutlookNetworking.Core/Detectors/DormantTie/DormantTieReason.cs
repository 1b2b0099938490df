namespace OutlookNetworking.Core.Detectors.DormantTie;

/// <summary>"You and Eli Cohen were in touch on 42 days, usually every 7 days, until October 2023; it has been 616
/// days since."</summary>
internal static class DormantTieReason
{
    public static string For(string name, int contactDays, double usualGapDays, DateOnly lastContact, int silentDays)
        => string.Create(ReasonText.Invariant,
            $"You and {name} were in touch on {contactDays} days, usually every {ReasonText.Days(usualGapDays)}, until {lastContact:MMMM yyyy}; it has been {silentDays} days since.");
}

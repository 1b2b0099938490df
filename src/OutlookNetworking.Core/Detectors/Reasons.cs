using System.Globalization;

namespace OutlookNetworking.Core.Detectors;

/// <summary>The one-sentence, plain-English reasons, with the numbers they rest on. Never a subject:
/// the engine has none.</summary>
internal static class Reasons
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string OwedReply(string name, int daysAgo)
        => string.Create(Invariant, $"{name} wrote to you {Ago(daysAgo)} and is still waiting for your reply.");

    public static string AwaitingReply(string name, int daysAgo)
        => string.Create(Invariant, $"You wrote to {name} {Ago(daysAgo)} and have had no answer in that thread yet.");

    public static string FirstMeeting(string name, int daysAgo)
        => string.Create(Invariant, $"You met {name} for the first time {Ago(daysAgo)} and have not written to them since.");

    public static string FadingTie(string name, double usualGapDays, int silentDays, int contactDays, int sinceYear)
        => string.Create(Invariant,
            $"You and {name} usually talk every {Days(usualGapDays)}; last contact was {silentDays} days ago, after {contactDays} contact days since {sinceYear}.");

    public static string DormantTie(string name, int contactDays, double usualGapDays, DateOnly lastContact, int silentDays)
        => string.Create(Invariant,
            $"You and {name} were in touch on {contactDays} days, usually every {Days(usualGapDays)}, until {lastContact:MMMM yyyy}; it has been {silentDays} days since.");

    public static string CadenceGoal(string name, string tag, int cadenceDays, int? silentDays)
        => silentDays is { } silent
            ? string.Create(Invariant,
                $"You wanted to be in touch with {name} ({tag}) every {Days(cadenceDays)}; your last contact was {silent} days ago.")
            : string.Create(Invariant,
                $"You wanted to be in touch with {name} ({tag}) every {Days(cadenceDays)}, and there is no contact on record yet.");

    private static string Ago(int days) => days switch
    {
        <= 0 => "today",
        1 => "yesterday",
        _ => string.Create(Invariant, $"{days} days ago"),
    };

    private static string Days(double days)
    {
        var whole = Math.Max(1, (int)Math.Round(days, MidpointRounding.AwayFromZero));
        return whole == 1 ? "day" : string.Create(Invariant, $"{whole} days");
    }
}

using System.Globalization;

namespace OutlookNetworking.Core.Detectors.MeetingPrep;

/// <summary>"You meet Eli Cohen tomorrow at 10:00; you were last in touch in October 2023, 616 days ago." When is
/// said in the owner's time zone: <c>today</c>, <c>tomorrow</c>, else the weekday.</summary>
internal static class MeetingPrepReason
{
    public static string When(DateTime localStart, DateOnly today)
    {
        var date = DateOnly.FromDateTime(localStart);
        var dayText = (date.DayNumber - today.DayNumber) switch
        {
            <= 0 => "today",
            1 => "tomorrow",
            _ => "on " + date.DayOfWeek.ToString(),
        };
        return string.Create(ReasonText.Invariant, $"{dayText} at {localStart:HH:mm}");
    }

    public static string FirstMeeting(string name, string when)
        => string.Create(ReasonText.Invariant, $"You meet {name} {when} for the first time.");

    public static string Owed(string name, string when, int daysAgo)
        => string.Create(ReasonText.Invariant,
            $"You meet {name} {when}; they wrote to you {ReasonText.Ago(daysAgo)} and are still waiting for your reply.");

    public static string Awaiting(string name, string when, int daysAgo)
        => string.Create(ReasonText.Invariant,
            $"You meet {name} {when}; you wrote to them {ReasonText.Ago(daysAgo)} and have had no answer yet.");

    public static string Cadence(string name, string when, int cadenceDays, int? silentDays)
        => silentDays is { } silent
            ? string.Create(ReasonText.Invariant,
                $"You meet {name} {when}; you wanted to be in touch every {ReasonText.Days(cadenceDays)} and your last contact was {silent} days ago.")
            : string.Create(ReasonText.Invariant,
                $"You meet {name} {when}; you wanted to be in touch every {ReasonText.Days(cadenceDays)} and there is no contact on record yet.");

    public static string Quiet(string name, string when, DateOnly lastContact, int silentDays)
        => string.Create(CultureInfo.InvariantCulture,
            $"You meet {name} {when}; you were last in touch in {lastContact:MMMM yyyy}, {silentDays} days ago.");
}

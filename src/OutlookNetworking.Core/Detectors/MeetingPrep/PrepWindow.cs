using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.Detectors.MeetingPrep;

/// <summary>The end of the look-ahead: local midnight (owner's time zone) after the owner's
/// <see cref="MeetingPrepOptions.WorkingDaysAhead"/>-th working day after today.</summary>
internal static class PrepWindow
{
    public static long EndTicks(DateTimeOffset now, OwnerClock clock, WorkingHours? hours, int workingDaysAhead)
    {
        var day = clock.DateOf(now);
        var found = 0;
        for (var step = 0; step < 7 * workingDaysAhead && found < workingDaysAhead; step++)
        {
            day = day.AddDays(1);
            if (WorkingHours.IsWorkingDay(hours, day.DayOfWeek))
            {
                found++;
            }
        }

        var midnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, clock.Zone.GetUtcOffset(midnight)).UtcTicks;
    }
}

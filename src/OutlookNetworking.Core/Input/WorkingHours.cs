namespace OutlookNetworking.Core.Input;

/// <summary>
/// The owner's working week as Outlook keeps it (Graph <c>mailboxSettings.workingHours</c>): the days of the week they
/// work and, when known, the hours (in <see cref="MailboxOwner.TimeZoneId"/>). Meeting preparation looks ahead to the
/// end of the owner's next working day.
/// </summary>
/// <param name="Days">The working days; empty means unknown (Monday to Friday is assumed).</param>
public sealed record WorkingHours(IReadOnlyCollection<DayOfWeek> Days, TimeOnly? Start = null, TimeOnly? End = null)
{
    /// <summary>Monday to Friday: what is assumed when the mailbox says nothing.</summary>
    public static IReadOnlyCollection<DayOfWeek> WeekDays { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>The working days of a comma-separated list of English day names (Graph's <c>daysOfWeek</c>, any case);
    /// null when the list is missing or names no day.</summary>
    public static WorkingHours? FromDays(string? days)
    {
        var parsed = new List<DayOfWeek>();
        foreach (var name in (days ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out var day) && Enum.IsDefined(day) && !parsed.Contains(day))
            {
                parsed.Add(day);
            }
        }

        return parsed.Count == 0 ? null : new WorkingHours(parsed);
    }

    /// <summary>True when <paramref name="day"/> is a working day of <paramref name="hours"/> (Monday to Friday when
    /// the hours or their days are unknown).</summary>
    public static bool IsWorkingDay(WorkingHours? hours, DayOfWeek day)
        => (hours is { Days.Count: > 0 } ? hours.Days : WeekDays).Contains(day);
}

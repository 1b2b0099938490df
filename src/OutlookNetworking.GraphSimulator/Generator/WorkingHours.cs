namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>Places an instant in someone's working hours (9:00-17:00 local, weekdays) on a given day.</summary>
internal static class WorkingHours
{
    private static readonly Dictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static DateTimeOffset On(DateTimeOffset day, Person person, Random rng)
    {
        var zone = Zone(person.TimeZone);
        var local = TimeZoneInfo.ConvertTime(day, zone).DateTime.Date;
        if (local.DayOfWeek == DayOfWeek.Saturday)
        {
            local = local.AddDays(-1);
        }
        else if (local.DayOfWeek == DayOfWeek.Sunday)
        {
            local = local.AddDays(1);
        }

        var time = local.AddHours(9).AddMinutes(rng.Next(0, 8 * 60));
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(time, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
    }

    private static TimeZoneInfo Zone(string id)
    {
        lock (Gate)
        {
            if (!Zones.TryGetValue(id, out var zone))
            {
                zone = TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : TimeZoneInfo.Utc;
                Zones[id] = zone;
            }

            return zone;
        }
    }
}

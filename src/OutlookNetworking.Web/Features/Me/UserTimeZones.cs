namespace OutlookNetworking.Web.Features.Me;

/// <summary>Time zones of users, from the ids mailbox settings hold (IANA or Windows).</summary>
internal static class UserTimeZones
{
    /// <summary>The zone with this id, or UTC when the id is missing or unknown on this machine.</summary>
    public static TimeZoneInfo Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The instant <paramref name="date"/> starts in <paramref name="zone"/> (the first valid local time,
    /// when a daylight-saving jump skips midnight), in UTC (PostgreSQL stores only UTC instants).</summary>
    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}

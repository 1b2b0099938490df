namespace OutlookNetworking.Core.Interactions;

/// <summary>
/// Turns instants into the owner's local calendar days. Contact days are counted where the owner
/// lives: a reply at 23:30 and a meeting at 08:00 the next morning are two days, whatever UTC says.
/// </summary>
internal sealed class OwnerClock
{
    private const long TicksPerQuarterHour = TimeSpan.TicksPerMinute * 15;

    private readonly TimeZoneInfo _zone;
    private readonly bool _isUtc;

    // Offsets change only at zone transitions, which fall on quarter hours (UTC) in every zone in the
    // tz database, so one lookup per quarter hour is exact and saves the rule search per message.
    private long _cachedQuarter = long.MinValue;
    private long _cachedOffsetTicks;

    public OwnerClock(string? timeZoneId)
    {
        _zone = Find(timeZoneId);
        _isUtc = _zone == TimeZoneInfo.Utc || (_zone.BaseUtcOffset == TimeSpan.Zero && !_zone.SupportsDaylightSavingTime);
    }

    public TimeZoneInfo Zone => _zone;

    /// <summary>The owner's local day of <paramref name="utcTicks"/>, as a <see cref="DateOnly.DayNumber"/>.</summary>
    public int DayOf(long utcTicks) => (int)((utcTicks + OffsetTicks(utcTicks)) / TimeSpan.TicksPerDay);

    public int DayOf(DateTimeOffset at) => DayOf(at.UtcTicks);

    /// <summary>The owner's local date of <paramref name="at"/>.</summary>
    public DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDayNumber(DayOf(at.UtcTicks));

    private long OffsetTicks(long utcTicks)
    {
        if (_isUtc)
        {
            return 0;
        }

        var quarter = utcTicks / TicksPerQuarterHour;
        if (quarter != _cachedQuarter)
        {
            _cachedOffsetTicks = _zone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks;
            _cachedQuarter = quarter;
        }

        return _cachedOffsetTicks;
    }

    /// <summary>IANA and Windows ids both resolve on Linux and Windows (ICU); an unknown or missing id
    /// means UTC.</summary>
    private static TimeZoneInfo Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
        catch (InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}

namespace OutlookNetworking.Core.Interactions;

/// <summary>
/// Turns instants into the owner's local calendar days. Contact days are counted where the owner
/// lives: a reply at 23:30 and a meeting at 08:00 the next morning are two days, whatever UTC says.
/// </summary>
internal sealed class OwnerClock
{
    /// <summary>Marks a UTC day in which the zone's offset changes.</summary>
    private const long Changing = long.MinValue;

    private readonly TimeZoneInfo _zone;
    private readonly bool _isUtc;

    // The offset per UTC day, when it is the same all day (every day but the two transition days a
    // year): one rule search per day of mail instead of one per message.
    private readonly Dictionary<long, long> _offsetByUtcDay = [];
    private long _cachedUtcDay = long.MinValue;
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

        var utcDay = utcTicks / TimeSpan.TicksPerDay;
        if (utcDay != _cachedUtcDay)
        {
            if (!_offsetByUtcDay.TryGetValue(utcDay, out _cachedOffsetTicks))
            {
                var start = utcDay * TimeSpan.TicksPerDay;
                var atStart = ExactOffsetTicks(start);
                _cachedOffsetTicks = atStart == ExactOffsetTicks(start + TimeSpan.TicksPerDay - 1) ? atStart : Changing;
                _offsetByUtcDay[utcDay] = _cachedOffsetTicks;
            }

            _cachedUtcDay = utcDay;
        }

        return _cachedOffsetTicks == Changing ? ExactOffsetTicks(utcTicks) : _cachedOffsetTicks;
    }

    private long ExactOffsetTicks(long utcTicks)
    {
        var utc = new DateTime(Math.Clamp(utcTicks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc);
        return _zone.GetUtcOffset(utc).Ticks;
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

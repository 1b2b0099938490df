namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>
/// The simulator's clock: a wall clock that stands still at a set instant (by default the
/// snapshot's <c>now</c>) until it is set or advanced. Timestamps and timers stay real, so elapsed
/// time and delays still work for code that uses this clock as its <see cref="TimeProvider"/>.
/// </summary>
public sealed class SimulatorClock : TimeProvider
{
    private long _utcTicks;

    public SimulatorClock(DateTimeOffset utcNow)
    {
        _utcTicks = utcNow.UtcTicks;
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void SetUtcNow(DateTimeOffset value) => Interlocked.Exchange(ref _utcTicks, value.UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}

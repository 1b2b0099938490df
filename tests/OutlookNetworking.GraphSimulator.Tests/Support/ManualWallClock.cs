namespace OutlookNetworking.GraphSimulator.Tests.Support;

/// <summary>A wall clock a test moves by hand (rate-limit windows, token lifetimes).</summary>
internal sealed class ManualWallClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

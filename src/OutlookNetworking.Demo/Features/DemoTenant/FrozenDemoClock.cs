namespace OutlookNetworking.Demo.Features.DemoTenant;

/// <summary>
/// The demo clock with <c>Demo:FreezeClock</c>: always the snapshot's <c>now</c>, so runs of one tenant analyse at the
/// same instant and their stores can be compared row by row. Timestamps (elapsed time, timers) stay real.
/// </summary>
internal sealed class FrozenDemoClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

namespace OutlookNetworking.Demo.Features.DemoTenant;

/// <summary>
/// The demo's clock: it starts at the simulated tenant's <c>now</c> (when its snapshot was taken)
/// and runs at real speed from there, so "days since last contact" read as the tenant's stories
/// intend, and feedback and snoozes still move forward in time.
/// </summary>
internal sealed class DemoClock(DateTimeOffset start, TimeProvider real) : TimeProvider
{
    private readonly long _startedAt = real.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + real.GetElapsedTime(_startedAt);

    public override long GetTimestamp() => real.GetTimestamp();

    public override long TimestampFrequency => real.TimestampFrequency;
}

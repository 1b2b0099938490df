namespace OutlookNetworking.Cli.Commands;

/// <summary>A clock that reads one instant (a snapshot's <c>now</c>); timers still run in real time.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

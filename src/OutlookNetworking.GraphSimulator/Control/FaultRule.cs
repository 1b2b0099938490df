namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>
/// "Fail the next <see cref="Count"/> requests matching": deterministic faults, checked before the
/// random rates, in the order the rules were added.
/// </summary>
public sealed class FaultRule
{
    public FaultKind Kind { get; init; }

    /// <summary>How many matching requests fail. Default 1.</summary>
    public int Count { get; init; } = 1;

    /// <summary>Matches requests whose path+query contains this text (case-insensitive); null matches all.</summary>
    public string? PathContains { get; init; }

    /// <summary>Matches this HTTP method only; null matches all.</summary>
    public string? Method { get; init; }

    /// <summary>For 429 and 503. Default 1 s.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>For <see cref="FaultKind.Latency"/> and <see cref="FaultKind.SlowAnswer"/>. Default 200 ms.</summary>
    public int LatencyMilliseconds { get; init; } = 200;

    internal bool Matches(string method, string pathAndQuery) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (PathContains is null || pathAndQuery.Contains(PathContains, StringComparison.OrdinalIgnoreCase));
}

namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>
/// Faults injected at random rates. Deterministic for a seed: the decision for the n-th request
/// with a given method and path+query is a pure function of (seed, method, path+query, n), so
/// concurrency does not change which requests fail. Rates are probabilities in [0, 1]; their
/// sum must not exceed 1. All default to 0 (no faults).
/// </summary>
public sealed class FaultOptions
{
    /// <summary>Default 1.</summary>
    public int Seed { get; init; } = 1;

    public double ThrottleRate { get; init; }

    public double ServiceUnavailableRate { get; init; }

    public double GatewayTimeoutRate { get; init; }

    /// <summary>503 without Retry-After.</summary>
    public double ServiceUnavailableWithoutRetryAfterRate { get; init; }

    /// <summary>502 with an HTML body. Not applied to batch items.</summary>
    public double BadGatewayHtmlRate { get; init; }

    /// <summary>504 with an HTML body. Not applied to batch items.</summary>
    public double GatewayTimeoutHtmlRate { get; init; }

    /// <summary>Not applied to batch items (their connection is the batch's).</summary>
    public double DropConnectionRate { get; init; }

    /// <summary>Not applied to batch items.</summary>
    public double TruncatedBodyRate { get; init; }

    public double LatencyRate { get; init; }

    /// <summary>The delay of a <see cref="FaultKind.Latency"/> fault. Default 200 ms.</summary>
    public int LatencyMilliseconds { get; init; } = 200;

    /// <summary>The Retry-After of 429 and 503 answers. Default 1 s.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>When set, only requests whose path+query contains this text (case-insensitive) get faults.</summary>
    public string? PathContains { get; init; }

    internal void Validate()
    {
        double[] rates = [ThrottleRate, ServiceUnavailableRate, GatewayTimeoutRate, ServiceUnavailableWithoutRetryAfterRate, BadGatewayHtmlRate,
            GatewayTimeoutHtmlRate, DropConnectionRate, TruncatedBodyRate, LatencyRate];
        if (rates.Any(rate => rate is < 0 or > 1 || double.IsNaN(rate)) || rates.Sum() > 1 + 1e-9)
        {
            throw new ArgumentException("Fault rates must each be in [0, 1] and add up to at most 1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(LatencyMilliseconds);
        ArgumentOutOfRangeException.ThrowIfNegative(RetryAfterSeconds);
    }
}

using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.Web.Commands.Chaos;

/// <summary>How one chaos run is set up: the tenant, the seed of its faults and changes, and how hard it is hit.</summary>
internal sealed record ChaosSettings
{
    /// <summary>The tenant snapshot folder served by the simulator.</summary>
    public required string TenantPath { get; init; }

    /// <summary>Seeds the injected faults and the changes made between rounds.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Items per delta page. Default 25: small pages mean many requests, so many faults.</summary>
    public int PageSize { get; init; } = 25;

    /// <summary>Retry-After of injected 429 and 503 answers. Default 0 s (the suite); the long form uses 1 s.</summary>
    public int RetryAfterSeconds { get; init; }

    /// <summary>Added delay of a slow response. Default 50 ms.</summary>
    public int LatencyMilliseconds { get; init; } = 50;

    /// <summary>First back-off of the sync's own page retries. Default 20 ms (the product's default is 1 s).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>The Graph SDK's back-off base for 504s, in seconds. Default 0 (the suite); the long form uses the product's 3.</summary>
    public int SdkRetryDelaySeconds { get; init; }

    /// <summary>After this many stored pages of a mailbox in a round, its delta and next links are expired (410 Gone). Default 3.</summary>
    public int ExpireAfterPages { get; init; } = 3;

    /// <summary>Attempts of a mailbox job, as Hangfire's automatic retry gives it. Default 5 (the first run + 4 retries).</summary>
    public int JobAttempts { get; init; } = 5;

    /// <summary>The random fault rates: 42% of requests fail or are slow, with 503 also without Retry-After and the gateway's
    /// 502/504 also as HTML pages (graph-fidelity GF-16). Batch items get throttling and server errors only.</summary>
    public FaultOptions Faults => new()
    {
        Seed = Seed,
        ThrottleRate = 0.12,
        ServiceUnavailableRate = 0.04,
        ServiceUnavailableWithoutRetryAfterRate = 0.02,
        GatewayTimeoutRate = 0.02,
        GatewayTimeoutHtmlRate = 0.02,
        BadGatewayHtmlRate = 0.02,
        DropConnectionRate = 0.06,
        TruncatedBodyRate = 0.06,
        LatencyRate = 0.06,
        RetryAfterSeconds = RetryAfterSeconds,
        LatencyMilliseconds = LatencyMilliseconds,
    };
}

using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Web.Features.Security;

/// <summary>Configuration section <c>RateLimits</c>: a token bucket per signed-in user (tenant + object id), and per client
/// address for everything anonymous (admin consent pages, digest links, calls without a valid token); not on the health
/// probes or the task pane's static files.</summary>
public sealed class ApiRateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Requests a user may burst. Default 120 (the task pane needs a handful per email opened).</summary>
    [Range(1, 100_000)]
    public int BurstPerUser { get; set; } = 120;

    /// <summary>Requests per second a user gets back. Default 4 (240 a minute, sustained).</summary>
    [Range(1, 100_000)]
    public int PerSecondPerUser { get; set; } = 4;

    /// <summary>Requests an anonymous client address may burst. Default 60.</summary>
    [Range(1, 100_000)]
    public int BurstPerAnonymousClient { get; set; } = 60;

    /// <summary>Requests per second an anonymous client address gets back. Default 1 (60 a minute, sustained).</summary>
    [Range(1, 100_000)]
    public int PerSecondPerAnonymousClient { get; set; } = 1;
}

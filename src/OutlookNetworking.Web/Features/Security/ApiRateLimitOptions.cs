using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Web.Features.Security;

/// <summary>Configuration section <c>RateLimits</c>: a token bucket per signed-in user (tenant + object id) on <c>/api</c>,
/// and per client address for anonymous <c>/api</c> calls.</summary>
public sealed class ApiRateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Requests a user may burst. Default 120 (the task pane needs a handful per email opened).</summary>
    [Range(1, 100_000)]
    public int BurstPerUser { get; set; } = 120;

    /// <summary>Requests per second a user gets back. Default 4 (240 a minute, sustained).</summary>
    [Range(1, 100_000)]
    public int PerSecondPerUser { get; set; } = 4;

    /// <summary>Requests an anonymous client address may burst on <c>/api</c>. Default 60.</summary>
    [Range(1, 100_000)]
    public int BurstPerAnonymousClient { get; set; } = 60;
}

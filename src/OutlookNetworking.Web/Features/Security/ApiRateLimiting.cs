using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace OutlookNetworking.Web.Features.Security;

/// <summary>
/// ASP.NET Core's rate limiter, between authentication and authorisation (so refused 401/403 floods are counted too),
/// on every path but the health probes and the task pane's static files: one token bucket per signed-in user, keyed
/// by the token's tenant and object id (never by anything the client chooses), and one per client address for
/// everything anonymous (<c>/admin/*</c> consent pages, <c>/digest/links/*</c>, <c>/api/config</c>, calls without a valid
/// token). The client address is the connection's, which the forwarded-headers middleware sets from known proxies
/// only. Idle buckets are dropped by the limiter once full again, so the partitions stay bounded by recent clients.
/// </summary>
internal static class ApiRateLimiting
{
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiRateLimitOptions>>((options, limits) =>
        {
            var o = limits.Value;
            options.OnRejected = RateLimitRejection.WriteAsync;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (IsUnlimited(context.Request.Path))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                var user = UserKey(context);
                var burst = user is null ? o.BurstPerAnonymousClient : o.BurstPerUser;
                var perSecond = user is null ? o.PerSecondPerAnonymousClient : o.PerSecondPerUser;
                return RateLimitPartition.GetTokenBucketLimiter(user ?? "ip:" + context.Connection.RemoteIpAddress, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = perSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
        return services;
    }

    /// <summary>Paths no client is limited on: the health probes (orchestrators poll them) and the task pane's static files
    /// (immutable, cached, served before anything else runs).</summary>
    internal static bool IsUnlimited(PathString path) =>
        path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/readyz", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/taskpane", StringComparison.OrdinalIgnoreCase);

    /// <summary>"user:{tid}:{oid}" from the validated token, or null when the caller is not signed in.</summary>
    internal static string? UserKey(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var tid = context.User.FindFirst("tid")?.Value ?? context.User.FindFirst("http://schemas.microsoft.com/identity/claims/tenantid")?.Value;
        var oid = context.User.FindFirst("oid")?.Value ?? context.User.FindFirst("http://schemas.microsoft.com/identity/claims/objectidentifier")?.Value;
        return tid is null || oid is null ? null : $"user:{tid}:{oid}";
    }
}

using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace OutlookNetworking.Web.Features.Security;

/// <summary>
/// ASP.NET Core's rate limiter on <c>/api</c>: one token bucket per user, keyed by the token's tenant and object
/// id (never by anything the client chooses), and one per client address for anonymous calls. Other paths
/// (pages, static files) are not limited here.
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
                if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                var user = UserKey(context);
                var burst = user is null ? o.BurstPerAnonymousClient : o.BurstPerUser;
                return RateLimitPartition.GetTokenBucketLimiter(user ?? "ip:" + context.Connection.RemoteIpAddress, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = o.PerSecondPerUser,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
        return services;
    }

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

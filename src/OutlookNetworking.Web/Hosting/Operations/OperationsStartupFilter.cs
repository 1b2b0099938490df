using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OutlookNetworking.Web.Hosting.Operations;

/// <summary>This instance's role and environment, as the operations pipeline needs them.</summary>
internal sealed record OperationsPipeline(HostRole Role, bool Production);

/// <summary>
/// Runs first in every request: the forwarded headers of known proxies (so the scheme and client address are right for
/// everything after), HSTS and the Secure cookie policy outside Development, <c>/readyz</c>; a worker answers 404 to
/// everything but <c>/healthz</c> and <c>/readyz</c> (platforms restart an app that answers no HTTP).
/// </summary>
internal sealed class OperationsStartupFilter(OperationsPipeline pipeline) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseForwardedHeaders();
        if (pipeline.Production)
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();
        app.UseHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = r => r.Tags.Contains(OperationsExtensions.ReadyTag),
            ResponseWriter = WriteReadinessAsync,
        });
        if (pipeline.Role == HostRole.Worker)
        {
            app.Use((context, nextMiddleware) => context.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase)
                ? nextMiddleware(context)
                : Results.NotFound().ExecuteAsync(context));
        }

        next(app);
    };

    /// <summary>The status of each check and what it found; no exception text (the probe is anonymous).</summary>
    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        var checks = report.Entries.ToDictionary(e => e.Key, e => new
        {
            status = e.Value.Status.ToString(),
            description = e.Value.Exception is null ? e.Value.Description : $"failed ({e.Value.Exception.GetType().Name})",
        });
        return JsonSerializer.SerializeAsync(context.Response.Body, new { status = report.Status.ToString(), checks },
            cancellationToken: context.RequestAborted);
    }
}

using System.Net.Sockets;

namespace OutlookNetworking.Web.Features.Admin;

/// <summary>
/// The admin pages (<c>/admin/…</c>, <c>/hangfire</c>) and the admin sign-in's <c>/signin-oidc</c> call Entra ID (its
/// OpenID configuration for the sign-in, the token endpoint); when it cannot be reached (no route, DNS, a firewall, an
/// outage) the admin gets a 503 page saying so and what to do, with <c>Retry-After</c>, not a blank 500. The failure is
/// logged as a warning (the Entra ID address and the error; no token or user).
/// </summary>
internal static partial class EntraIdUnreachablePage
{
    public const string Title = "Microsoft Entra ID could not be reached";

    public static IApplicationBuilder UseEntraIdUnreachablePage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!IsAdminPath(context.Request.Path))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception exception) when (IsUnreachable(exception) && !context.Response.HasStarted)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntraIdUnreachablePage));
            LogUnreachable(logger, context.Request.Path, exception);
            context.Response.Clear();
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.RetryAfter = "60";
            await AdminHtml.Page(Title, """
                <p>This server could not reach Microsoft Entra ID to sign you in or to complete the request, so nothing was changed.</p>
                <p>Try again in a minute. If it keeps happening, the server's administrator should check that it can reach
                <code>login.microsoftonline.com</code> (or the configured <code>AzureAd:Instance</code>) over HTTPS: DNS, a proxy or a firewall.</p>
                """, StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
        }
    });

    internal static bool IsAdminPath(PathString path) =>
        path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/signin-oidc", StringComparison.OrdinalIgnoreCase);

    /// <summary>A failed connection anywhere in the chain (the OpenID configuration retriever wraps it twice).</summary>
    internal static bool IsUnreachable(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or SocketException)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Entra ID could not be reached for the admin page {Path}; answered 503")]
    private static partial void LogUnreachable(ILogger logger, PathString path, Exception exception);
}

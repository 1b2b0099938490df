using Microsoft.AspNetCore.Http.HttpResults;
using OutlookNetworking.Web.Features.Home.Pages;

namespace OutlookNetworking.Web.Features.Home;

/// <summary>
/// <c>GET /</c>: a short landing page that sends admins to consent (or the host's <see cref="IHomePage"/>: the demo
/// host lists its demo users).
/// <c>GET /healthz</c>: liveness.
/// </summary>
public static class HomeApi
{
    public static IEndpointRouteBuilder MapHomeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetHomeAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    internal static async Task<IResult> GetHomeAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetService<IHomePage>() is { } home ? await home.RenderAsync(ct) : new RazorComponentResult<LandingPage>();
}

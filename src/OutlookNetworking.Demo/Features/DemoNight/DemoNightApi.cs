using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OutlookNetworking.Demo.Features.Auth;
using OutlookNetworking.Demo.Features.DemoTenant;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Demo.Features.DemoNight;

/// <summary>
/// Demo mode only. <c>POST /demo/night</c>: runs the whole night now (sync, analysis, and every digest due on the
/// demo clock's day) through the Hangfire jobs, waits for them (at most <c>?timeoutSeconds=</c>, default 300) and
/// returns a <see cref="DemoNightSummary"/>; local requests only. <c>GET /demo/outbox</c>: what the simulator
/// received through sendMail (recipient, subject, sent time, HTML and text), oldest first; local requests only too
/// (the messages hold working signed links).
/// </summary>
public static class DemoNightApi
{
    public static IEndpointRouteBuilder MapDemoNightApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var demo = app.MapGroup("/demo").WithTags("Demo").AllowAnonymous();
        demo.MapPost("/night", RunNightAsync);
        demo.MapGet("/outbox", GetOutbox);
        return app;
    }

    internal static async Task<Results<Ok<DemoNightSummary>, ProblemHttpResult>> RunNightAsync(int? timeoutSeconds, HttpContext context,
        IOptions<AppOptions> app, CancellationToken ct)
    {
        if (!LocalRequests.IsLocal(context))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Local requests only",
                detail: "The demo night can be started from this machine only.");
        }

        if (app.Value.Role == HostRole.Web)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This instance runs no jobs",
                detail: "Start the demo with App:Role all (the default) to run a night.");
        }

        var runner = context.RequestServices.GetRequiredService<DemoNightRunner>();
        var timeout = TimeSpan.FromSeconds(Math.Clamp(timeoutSeconds ?? 300, 5, 1800));
        try
        {
            return TypedResults.Ok(await runner.RunAsync(timeout, ct));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status504GatewayTimeout, title: "The night is still running",
                detail: "It goes on in the background; see /hangfire, and GET /demo/outbox for the digests sent so far.");
        }
    }

    internal static async Task<Results<Ok<OutboxEntry[]>, ProblemHttpResult>> GetOutbox(HttpContext context, DemoEnvironment environment,
        CancellationToken ct) =>
        !LocalRequests.IsLocal(context)
            ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Local requests only",
                detail: "The demo outbox can be read from this machine only.")
            : TypedResults.Ok((await environment.Simulator.ReadOutboxAsync(ct))
                .Select(m => new OutboxEntry(m.Id, m.SenderAddress, m.To.Select(r => r.Address).ToList(), m.Subject, m.SentAt, m.IsMime,
                    m.HtmlBody, m.TextBody, m.Headers))
                .ToArray());
}

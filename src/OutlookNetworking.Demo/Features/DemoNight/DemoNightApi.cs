using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OutlookNetworking.Demo.Features.Auth;
using OutlookNetworking.Demo.Features.DemoTenant;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Demo.Features.DemoNight;

/// <summary>
/// Demo mode only. <c>POST /demo/night</c>: runs the whole night now (sync, analysis, and every digest due on the
/// demo clock's day) through the Hangfire jobs, waits for them (at most <c>?timeoutSeconds=</c>, default 120) and
/// returns a <see cref="DemoNightSummary"/> naming every mailbox not analysed and why (past the time: 504 with the
/// summary so far, <c>timedOut</c>, while the jobs go on); local requests only. <c>GET /demo/outbox</c>: what the simulator
/// received through sendMail (recipient, subject, sent time, HTML and text), oldest first; local requests only too
/// (the messages hold working signed links).
/// </summary>
public static class DemoNightApi
{
    /// <summary>How long <c>POST /demo/night</c> waits for the night without <c>?timeoutSeconds=</c>.</summary>
    public const int DefaultTimeoutSeconds = 120;

    public static IEndpointRouteBuilder MapDemoNightApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var demo = app.MapGroup("/demo").WithTags("Demo").AllowAnonymous();
        demo.MapPost("/night", RunNightAsync);
        demo.MapGet("/outbox", GetOutbox);
        return app;
    }

    internal static async Task<Results<Ok<DemoNightSummary>, JsonHttpResult<DemoNightSummary>, ProblemHttpResult>> RunNightAsync(int? timeoutSeconds, HttpContext context,
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
        var timeout = TimeSpan.FromSeconds(Math.Clamp(timeoutSeconds ?? DefaultTimeoutSeconds, 5, 1800));
        var summary = await runner.RunAsync(timeout, ct);
        return summary.TimedOut
            ? TypedResults.Json(summary, statusCode: StatusCodes.Status504GatewayTimeout) // it goes on: see /hangfire
            : TypedResults.Ok(summary);
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

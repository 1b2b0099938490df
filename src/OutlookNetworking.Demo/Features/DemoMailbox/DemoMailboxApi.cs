using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OutlookNetworking.Demo.Features.Auth;
using OutlookNetworking.Demo.Features.DemoTenant;
using OutlookNetworking.Web.Features.OpenApi;

namespace OutlookNetworking.Demo.Features.DemoMailbox;

/// <summary>
/// Demo mode only: <c>GET /demo/messages?upn=…&amp;top=30</c>, the recent messages of a simulated mailbox as Outlook
/// would show them, for the demo pane's message picker. Anonymous like the rest of <c>/demo</c> (the simulated tenant
/// holds no secrets); absent outside demo mode.
/// </summary>
public static class DemoMailboxApi
{
    /// <summary>Messages returned without <c>top</c>. Default 30.</summary>
    public const int DefaultTop = 30;

    public const int MaxTop = 200;

    public static IEndpointRouteBuilder MapDemoMailboxApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGroup("/demo").WithTags("Demo").AllowAnonymous().ExcludeFromDescription()
            .MapGet("/messages", GetMessagesAsync);
        return app;
    }

    internal static async Task<Results<Ok<IReadOnlyList<DemoMessageResponse>>, ValidationProblem, ProblemHttpResult>> GetMessagesAsync(
        string? upn, string? top, DemoMessagesReader reader, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(upn))
        {
            return ApiProblems.Invalid("upn", "upn is required: the sign-in name of a demo user (GET /demo/users).");
        }

        var count = DefaultTop;
        if (top is not null && (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxTop))
        {
            return ApiProblems.Invalid("top", $"top must be a whole number from 1 to {MaxTop}.");
        }

        if (reader.FindUser(upn.Trim()) is not { } user)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "unknown_demo_user", "No such demo user",
                "GET /demo/users lists the users of the simulated tenant.");
        }

        return TypedResults.Ok(await reader.ReadAsync(user, count, ct));
    }
}

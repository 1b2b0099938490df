using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace OutlookNetworking.Web.Features.Auth.Demo;

/// <summary>Demo sign-in: <c>GET /demo/users</c> and <c>GET /demo/token?upn=…</c>. Mapped only in demo mode.</summary>
public static class DemoAuthApi
{
    public static IEndpointRouteBuilder MapDemoAuthApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            return app;
        }

        var demo = app.MapGroup("/demo").WithTags("Demo").AllowAnonymous();
        demo.MapGet("/users", GetUsers);
        demo.MapGet("/token", GetToken);
        return app;
    }

    internal static Ok<DemoUserResponse[]> GetUsers(IDemoDirectory directory) =>
        TypedResults.Ok(directory.Users
            .Select(u => new DemoUserResponse(u.Id, u.UserPrincipalName, u.DisplayName, u.Mail))
            .ToArray());

    internal static Results<Ok<DemoToken>, ProblemHttpResult> GetToken(string? upn, IDemoDirectory directory, DemoTokenIssuer issuer)
    {
        if (string.IsNullOrWhiteSpace(upn))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "upn is required",
                detail: "Pass the user principal name of a demo user: /demo/token?upn=…",
                extensions: new Dictionary<string, object?> { ["code"] = "upn_required" });
        }

        var user = directory.Users.FirstOrDefault(u => string.Equals(u.UserPrincipalName, upn.Trim(), StringComparison.OrdinalIgnoreCase));
        if (user is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such demo user",
                detail: "GET /demo/users lists the users of the simulated tenant.",
                extensions: new Dictionary<string, object?> { ["code"] = "unknown_demo_user" });
        }

        return TypedResults.Ok(issuer.CreateUserToken(directory.TenantId, user));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Features.Consent;
using OutlookNetworking.Graph.Permissions;

namespace OutlookNetworking.Demo.Features.Auth;

/// <summary>Demo sign-in: <c>GET /demo/users</c>, <c>GET /demo/token?upn=…</c>, and <c>GET /demo/adminconsent</c>
/// (the stand-in for Entra ID's admin consent prompt that <c>/admin/consent/start</c> redirects to in demo mode).
/// Mapped only in demo mode.</summary>
public static class DemoAuthApi
{
    /// <summary>Where demo mode sends admins instead of Entra ID's <c>/organizations/v2.0/adminconsent</c>.</summary>
    public const string AdminConsentPath = "/adminconsent";

    public static IEndpointRouteBuilder MapDemoAuthApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var demo = app.MapGroup("/demo").WithTags("Demo").AllowAnonymous();
        demo.MapGet("/users", GetUsers);
        demo.MapGet("/token", GetToken);
        demo.MapGet(AdminConsentPath, GetAdminConsentPrompt).ExcludeFromDescription();
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

    /// <summary>Answers like Entra ID would: Accept returns <c>admin_consent=True&amp;tenant=…</c>, Cancel returns
    /// <c>error=access_denied</c>, both with the state, and only to this site's own consent callback.</summary>
    internal static Results<RazorComponentResult<DemoAdminConsentPage>, ProblemHttpResult> GetAdminConsentPrompt(
        string? state, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "redirect_uri")] string? redirectUri,
        HttpRequest request, IDemoDirectory directory, IOptions<ConsentOptions> consentOptions)
    {
        var callback = ConsentRoutes.Absolute(request, consentOptions.Value, ConsentRoutes.Callback);
        if (string.IsNullOrEmpty(state) || !string.Equals(redirectUri, callback, StringComparison.Ordinal))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid consent request",
                detail: "redirect_uri must be this site's consent callback, and state is required.");
        }

        var accept = QueryHelpers.AddQueryString(callback, new Dictionary<string, string?>
        {
            ["admin_consent"] = "True",
            ["tenant"] = directory.TenantId.ToString("D"),
            ["state"] = state,
            ["scope"] = GraphPermissions.DefaultScope,
        });
        var cancel = QueryHelpers.AddQueryString(callback, new Dictionary<string, string?>
        {
            ["error"] = "access_denied",
            ["error_description"] = "AADSTS65004: User declined to consent to access the app.",
            ["state"] = state,
        });
        return new RazorComponentResult<DemoAdminConsentPage>(new { TenantId = directory.TenantId, AcceptUrl = accept, CancelUrl = cancel });
    }
}

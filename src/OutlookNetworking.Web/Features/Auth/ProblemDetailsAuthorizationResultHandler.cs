using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Features.Consent;

namespace OutlookNetworking.Web.Features.Auth;

/// <summary>
/// Lets the default handler challenge (401) or forbid (403), then writes an RFC 9457 problem body:
/// <c>unauthorized</c>, <c>forbidden</c>, or <c>tenant_not_consented</c> with the consent page URL the
/// user can pass to their admin.
/// </summary>
internal sealed class ProblemDetailsAuthorizationResultHandler(
    IProblemDetailsService problemDetails, IOptions<ConsentOptions> consentOptions) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        await _default.HandleAsync(next, context, policy, authorizeResult);
        if (authorizeResult.Succeeded || context.Response.HasStarted || context.Response.StatusCode == StatusCodes.Status302Found)
        {
            // 302: a cookie scheme (admin pages) sent the browser to sign in; keep that redirect.
            return;
        }

        var problem = authorizeResult.Challenged
            ? new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Sign-in required",
                Detail = "Send a valid access token for this API (scope access_as_user) in the Authorization header.",
                Extensions = { ["code"] = "unauthorized" },
            }
            : Forbidden(context, authorizeResult);

        context.Response.StatusCode = problem.Status!.Value;
        await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    private ProblemDetails Forbidden(HttpContext context, PolicyAuthorizationResult result)
    {
        var notConsented = result.AuthorizationFailure?.FailureReasons.OfType<TenantNotConsentedReason>().FirstOrDefault();
        if (notConsented is not null)
        {
            var consentUrl = ConsentRoutes.Absolute(context.Request, consentOptions.Value, ConsentRoutes.Page);
            return new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Your organisation has not enabled OutlookNetworking",
                Detail = "An administrator of your organisation needs to grant admin consent once. "
                    + "Send them this link: " + consentUrl,
                Extensions = { ["code"] = "tenant_not_consented", ["consentUrl"] = consentUrl },
            };
        }

        return new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "Not allowed",
            Detail = "The access token does not grant this API's access_as_user scope.",
            Extensions = { ["code"] = "forbidden" },
        };
    }
}

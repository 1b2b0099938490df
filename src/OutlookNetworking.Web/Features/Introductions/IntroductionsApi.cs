using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Web.Features.Auth;
using OutlookNetworking.Web.Features.Me;
using OutlookNetworking.Web.Features.OpenApi;
using OutlookNetworking.Web.Features.People;

namespace OutlookNetworking.Web.Features.Introductions;

/// <summary>
/// Warm introductions (docs/api.md, docs/security.md): <c>GET /api/introductions?emails=…</c> (which colleagues who
/// opted in know the people on the open email, or their company), <c>GET</c> and <c>PUT /api/me/introductions</c>
/// (the user's own opt-in, default off, effective at once). The organisation's switch is on the admin page.
/// </summary>
public static class IntroductionsApi
{
    public static IEndpointRouteBuilder MapIntroductionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Introductions").RequireApiUser();
        group.MapGet("/introductions", GetIntroductionsAsync).WithName("GetIntroductions")
            .WithSummary("Colleagues who opted in and can introduce the user to the people on the open email")
            .WithDescription("emails: comma-separated addresses (1 to 50), also accepted as repeated parameters. "
                + "403 introductions_disabled when the organisation has not turned introductions on; "
                + "403 introductions_opt_in_required when the user has not opted in.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/me/introductions", GetSettingsAsync).WithName("GetIntroductionSettings")
            .WithSummary("Whether the user is discoverable for introductions, and whether the organisation turned them on");
        group.MapPut("/me/introductions", SetSettingsAsync).WithName("SetIntroductionSettings")
            .WithSummary("Opt in to or out of introductions (effective at once)")
            .AcceptsJson<IntroductionSettingsRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    internal static async Task<Results<Ok<IntroductionsResponse>, ValidationProblem, ProblemHttpResult>> GetIntroductionsAsync(
        [FromQuery] string[]? emails, CurrentUser user, IntroductionFinder finder, CancellationToken ct)
    {
        var (addresses, invalid) = EmailListQuery.Parse(emails);
        if (invalid is not null)
        {
            return invalid;
        }

        var (response, refused) = await finder.FindAsync(UserMailboxes.KeyOf(user), addresses!, ct);
        return refused is not null ? refused : TypedResults.Ok(response!);
    }

    internal static async Task<Ok<IntroductionSettingsResponse>> GetSettingsAsync(CurrentUser user, IntroductionStore store,
        CancellationToken ct)
    {
        var key = UserMailboxes.KeyOf(user);
        return TypedResults.Ok(new IntroductionSettingsResponse(
            await store.IsDiscoverableAsync(key, ct), await store.IsEnabledAsync(key.TenantId, ct)));
    }

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetSettingsAsync(
        HttpContext context, CurrentUser user, UserMailboxes mailboxes, IntroductionStore store, CancellationToken ct)
    {
        var body = await JsonRequestBody.ReadAsync<IntroductionSettingsRequest>(context, ct);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        if (body.Value!.Discoverable is not { } discoverable)
        {
            return ApiProblems.Invalid("discoverable", "discoverable is required (true or false).");
        }

        var key = UserMailboxes.KeyOf(user);
        if (discoverable)
        {
            var me = await mailboxes.LoadAsync(key, ct);
            if (me.Mailbox is null)
            {
                return me.OptedOut ? ApiProblems.UserOptedOut() : ApiProblems.NotSynced();
            }
        }

        await store.SetDiscoverableAsync(key, discoverable, ct);
        return TypedResults.NoContent();
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutlookNetworking.Web.Features.Auth;
using OutlookNetworking.Web.Features.Me;
using OutlookNetworking.Web.Features.OpenApi;

namespace OutlookNetworking.Web.Features.People;

/// <summary>
/// <c>GET /api/people?emails=a@x.example,b@y.example</c>: a card per person on the open email (1 to
/// <see cref="MaxAddresses"/> addresses), from the signed-in user's own history only. Unknown people get a card that
/// says so; a malformed address or too many addresses is a 400 problem.
/// </summary>
public static class PeopleApi
{
    /// <summary>Most addresses per request. Default 50: the people of one email or meeting (the pane caps at it too).</summary>
    public const int MaxAddresses = EmailListQuery.MaxAddresses;

    public static RouteGroupBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/people").WithTags("People").RequireApiUser();
        group.MapGet("", GetPeopleAsync).WithName("GetPeople")
            .WithSummary("Relationship cards for the people on the open email")
            .WithDescription("emails: comma-separated addresses (1 to 50), also accepted as repeated parameters.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    internal static async Task<Results<Ok<PeopleResponse>, ValidationProblem, ProblemHttpResult>> GetPeopleAsync(
        [FromQuery] string[]? emails, CurrentUser user, PeopleCards cards, CancellationToken ct)
    {
        var (addresses, problem) = EmailListQuery.Parse(emails);
        if (problem is not null)
        {
            return problem;
        }

        var response = await cards.GetAsync(UserMailboxes.KeyOf(user), addresses!, ct);
        return response is null ? ApiProblems.UserOptedOut() : TypedResults.Ok(response);
    }
}

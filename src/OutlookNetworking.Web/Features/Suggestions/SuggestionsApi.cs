using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Web.Features.Auth;
using OutlookNetworking.Web.Features.Links;
using OutlookNetworking.Web.Features.Me;
using OutlookNetworking.Web.Features.OpenApi;

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>
/// <c>GET /api/suggestions?top=N</c> (today's ranked list with reasons, evidence and links back to the message or
/// meeting) and the user's actions on one suggestion: <c>POST /api/suggestions/{id}/done</c>, <c>/dismiss</c>,
/// <c>/snooze</c> <c>{"until":"yyyy-MM-dd"}</c>. Ranking runs at request time with the user's feedback, so an action
/// shows in the very next list.
/// </summary>
public static class SuggestionsApi
{
    /// <summary>Suggestions returned without <c>top</c>. Default 5: a handful a day.</summary>
    public const int DefaultTop = 5;

    public const int MaxTop = 50;

    public static RouteGroupBuilder MapSuggestionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/suggestions").WithTags("Suggestions").RequireApiUser();
        group.MapGet("", GetSuggestionsAsync).WithName("GetSuggestions")
            .WithSummary("Today's ranked suggestions, best first")
            .QueryInteger("top", 1, MaxTop, DefaultTop)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/done", MarkDoneAsync).WithName("MarkSuggestionDone")
            .WithSummary("Mark a suggestion done (it does not come back unless the contact writes again in that thread)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/dismiss", DismissAsync).WithName("DismissSuggestion")
            .WithSummary("Dismiss a suggestion")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/snooze", SnoozeAsync).WithName("SnoozeSuggestion")
            .WithSummary("Hide a suggestion until a date (after today, at most a year ahead, in the user's time zone)")
            .AcceptsJson<SnoozeRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    internal static async Task<Results<Ok<SuggestionListResponse>, ValidationProblem, ProblemHttpResult>> GetSuggestionsAsync(
        string? top, CurrentUser user, UserMailboxes mailboxes, RankedSuggestions suggestions, OutlookWebLinks links,
        CancellationToken ct)
    {
        var count = DefaultTop;
        if (top is not null && (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxTop))
        {
            return ApiProblems.Invalid("top", $"top must be a whole number from 1 to {MaxTop}.");
        }

        var key = UserMailboxes.KeyOf(user);
        var mailbox = await mailboxes.LoadForReadingAsync(key, ct);
        if (mailbox.OptedOut)
        {
            return ApiProblems.UserOptedOut();
        }

        var ranking = await suggestions.LoadAsync(key, ct);
        return TypedResults.Ok(new SuggestionListResponse(mailbox.LocalDate(ranking.Now),
            ranking.Ranked.Take(count).Select(r => SuggestionResponse.From(r, links)).ToList()));
    }

    internal static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> MarkDoneAsync(
        string id, CurrentUser user, SuggestionFeedbackRecorder recorder, CancellationToken ct) =>
        RecordAsync(recorder, user, id, FeedbackAction.Done, null, ct);

    internal static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DismissAsync(
        string id, CurrentUser user, SuggestionFeedbackRecorder recorder, CancellationToken ct) =>
        RecordAsync(recorder, user, id, FeedbackAction.Dismissed, null, ct);

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SnoozeAsync(
        string id, HttpContext context, CurrentUser user, SuggestionFeedbackRecorder recorder, CancellationToken ct)
    {
        var body = await JsonRequestBody.ReadAsync<SnoozeRequest>(context, ct);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        if (body.Value!.Until is null)
        {
            return ApiProblems.Invalid("until", "until is required: the date (yyyy-MM-dd) the suggestion may come back.");
        }

        return await RecordAsync(recorder, user, id, FeedbackAction.Snoozed, body.Value.Until, ct);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RecordAsync(
        SuggestionFeedbackRecorder recorder, CurrentUser user, string id, FeedbackAction action, DateOnly? until, CancellationToken ct)
    {
        var result = await recorder.RecordAsync(UserMailboxes.KeyOf(user), id, action, until, ct);
        return result.Outcome switch
        {
            FeedbackOutcome.Recorded => TypedResults.NoContent(),
            FeedbackOutcome.OptedOut => ApiProblems.UserOptedOut(),
            FeedbackOutcome.InvalidSnoozeDate => ApiProblems.Invalid("until", string.Create(CultureInfo.InvariantCulture,
                $"until must be a date after today ({result.Today:yyyy-MM-dd}) and at most {SuggestionFeedbackRecorder.MaxSnoozeDays} days ahead.")),
            _ => ApiProblems.SuggestionMissing(),
        };
    }
}

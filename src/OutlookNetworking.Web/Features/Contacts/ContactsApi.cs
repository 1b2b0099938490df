using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookNetworking.Core.Addresses;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Web.Features.Auth;
using OutlookNetworking.Web.Features.Me;
using OutlookNetworking.Web.Features.OpenApi;

namespace OutlookNetworking.Web.Features.Contacts;

/// <summary>
/// What the user sets for one contact: <c>POST /api/contacts/{address}/mute</c> (no suggestion about them again) and
/// <c>/unmute</c>; <c>PUT /api/contacts/{address}/goal</c> <c>{"tag":"mentor","cadenceDays":30}</c> and
/// <c>DELETE …/goal</c>. Mute and unmute show at once (every open suggestion is stored, and ranking applies mutes at
/// request time); a goal change also queues a re-analysis of the mailbox, since cadence suggestions come from it.
/// </summary>
public static class ContactsApi
{
    public static RouteGroupBuilder MapContactsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/contacts/{address}").WithTags("Contacts").RequireApiUser()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/mute", MuteAsync).WithName("MuteContact").WithSummary("Never suggest anything about this contact");
        group.MapPost("/unmute", UnmuteAsync).WithName("UnmuteContact").WithSummary("Suggest things about this contact again");
        group.MapPut("/goal", SetGoalAsync).WithName("SetContactGoal")
            .WithSummary("Tag a contact (mentor, client, …) with an optional cadence in days")
            .AcceptsJson<GoalRequest>();
        group.MapDelete("/goal", ClearGoalAsync).WithName("ClearContactGoal").WithSummary("Remove the contact's tag and cadence");
        return group;
    }

    internal static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> MuteAsync(
        string address, CurrentUser user, UserMailboxes mailboxes, FeedbackStore feedback, CancellationToken ct) =>
        ChangeAsync(address, user, mailboxes, null, (key, contact) => feedback.SetMutedAsync(key, contact, true, ct), ct);

    internal static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> UnmuteAsync(
        string address, CurrentUser user, UserMailboxes mailboxes, FeedbackStore feedback, CancellationToken ct) =>
        ChangeAsync(address, user, mailboxes, null, (key, contact) => feedback.SetMutedAsync(key, contact, false, ct), ct);

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetGoalAsync(
        string address, HttpContext context, CurrentUser user, UserMailboxes mailboxes, FeedbackStore feedback,
        IBackgroundJobClient jobs, CancellationToken ct)
    {
        var body = await JsonRequestBody.ReadAsync<GoalRequest>(context, ct);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        if (GoalRules.NormalizeTag(body.Value!.Tag) is not { } tag)
        {
            return ApiProblems.Invalid("tag", $"tag must be 1 to {GoalRules.MaxTagLength} letters, digits, spaces or '-'.");
        }

        var cadence = body.Value.CadenceDays;
        if (!GoalRules.IsValidCadence(cadence))
        {
            return ApiProblems.Invalid("cadenceDays",
                $"cadenceDays must be from {GoalRules.MinCadenceDays} to {GoalRules.MaxCadenceDays}, or null for a tag without a cadence.");
        }

        return await ChangeAsync(address, user, mailboxes, jobs, (key, contact) => feedback.SetGoalAsync(key, contact, tag, cadence, ct), ct);
    }

    internal static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ClearGoalAsync(
        string address, CurrentUser user, UserMailboxes mailboxes, FeedbackStore feedback, IBackgroundJobClient jobs,
        CancellationToken ct) =>
        ChangeAsync(address, user, mailboxes, jobs, (key, contact) => feedback.ClearGoalAsync(key, contact, ct), ct);

    /// <summary>Validates the address, refuses an opted-out user (nothing may be stored about them), applies the
    /// change, and queues a re-analysis when <paramref name="reanalyse"/> is given and the mailbox exists.</summary>
    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        string address, CurrentUser user, UserMailboxes mailboxes, IBackgroundJobClient? reanalyse,
        Func<Data.Sync.MailboxKey, string, Task> change, CancellationToken ct)
    {
        if (EmailAddresses.Normalize(address) is not { } contact)
        {
            return ApiProblems.Invalid("address", "The contact must be an email address.");
        }

        var key = UserMailboxes.KeyOf(user);
        var mailbox = await mailboxes.LoadAsync(key, ct);
        if (mailbox.OptedOut)
        {
            return ApiProblems.UserOptedOut();
        }

        await change(key, contact);
        if (reanalyse is not null && mailbox.Mailbox is not null)
        {
            MailboxReanalysisJob.Enqueue(reanalyse, key);
        }

        return TypedResults.NoContent();
    }
}

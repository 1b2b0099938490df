using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Web.Features.Auth;
using OutlookNetworking.Web.Features.OpenApi;
using OutlookNetworking.Web.Features.Suggestions;

namespace OutlookNetworking.Web.Features.Me;

/// <summary>
/// The signed-in user and their rights over their data: <c>GET /api/me</c>, <c>GET /api/me/health</c>,
/// <c>PUT /api/me/digest</c>, <c>GET /api/me/export</c>, <c>DELETE /api/me/data</c> (opt out) and
/// <c>POST /api/me/optin</c>; plus the anonymous <c>GET /api/config</c> the task pane signs in with.
/// </summary>
public static class MeApi
{
    /// <summary>The settings a mailbox starts with, shown before the user's mailbox is set up.</summary>
    private static readonly MailboxEntity NewMailbox = new();

    public static RouteGroupBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/config", GetConfig).WithTags("Me").WithName("GetClientConfig")
            .WithSummary("How the task pane signs in (anonymous)").AllowAnonymous();

        var group = app.MapGroup("/api/me").WithTags("Me").RequireApiUser();
        group.MapGet("", GetMeAsync).WithName("GetMe").WithSummary("The signed-in user, their addresses and settings");
        group.MapGet("/health", GetHealthAsync).WithName("GetNetworkHealth")
            .WithSummary("Network health at the last analysis, against 30 days earlier")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/digest", SetDigestAsync).WithName("SetDigest").WithSummary("Turn the morning digest on or off and choose its hour")
            .AcceptsJson<DigestRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/export", ExportAsync).WithName("ExportMyData").WithSummary("Every stored row about the user, as JSON");
        group.MapDelete("/data", DeleteDataAsync).WithName("DeleteMyData")
            .WithSummary("Opt out: delete all the user's data and skip their mailbox until they opt in")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/optin", OptInAsync).WithName("OptIn")
            .WithSummary("Opt in again: the mailbox is synced from the next nightly run");
        return group;
    }

    internal static Ok<ClientConfigResponse> GetConfig(IOptions<EntraIdOptions> entra, IServiceProvider services)
    {
        var options = entra.Value;
        var applicationIdUri = string.IsNullOrWhiteSpace(options.Audience) ? "api://" + options.ClientId : options.Audience.TrimEnd('/');
        return TypedResults.Ok(new ClientConfigResponse(options.ClientId, applicationIdUri + "/" + AuthPolicies.ApiScope,
            options.InstanceUri + options.TenantId, services.GetService<IEntraIdStandIn>() is not null));
    }

    internal static async Task<Ok<MeResponse>> GetMeAsync(CurrentUser user, UserMailboxes mailboxes, CancellationToken ct)
    {
        var me = await mailboxes.LoadAsync(UserMailboxes.KeyOf(user), ct);
        var mailbox = me.Mailbox;
        var signIn = user.UserPrincipalName?.Trim().ToLowerInvariant();
        var mail = mailbox?.Mail is { Length: > 0 } primary ? primary : signIn ?? "";
        var addresses = new List<string> { mail };
        addresses.AddRange(mailbox is null ? [] : MailboxStore.SplitAliases(mailbox.Aliases));
        if (signIn is not null && Core.Addresses.EmailAddresses.Normalize(signIn) is { } upn)
        {
            addresses.Add(upn);
        }

        return TypedResults.Ok(new MeResponse(
            mailbox?.DisplayName is { Length: > 0 } name ? name : user.DisplayName ?? mail,
            mail,
            addresses.Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            user.TenantId,
            mailbox?.TimeZone,
            new DigestSettingsResponse(mailbox?.DigestEnabled ?? NewMailbox.DigestEnabled, mailbox?.DigestHour ?? NewMailbox.DigestHour),
            me.OptedOut,
            mailbox?.LastAnalysedAt?.UtcDateTime));
    }

    internal static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> GetHealthAsync(
        CurrentUser user, UserMailboxes mailboxes, AnalysisStore analyses, CancellationToken ct)
    {
        var key = UserMailboxes.KeyOf(user);
        if ((await mailboxes.LoadForReadingAsync(key, ct)).OptedOut)
        {
            return ApiProblems.UserOptedOut();
        }

        return await analyses.GetSummaryAsync(key, ct) is { } summary
            ? TypedResults.Ok(HealthResponse.From(summary.AnalysedAt, summary.Health))
            : ApiProblems.NoAnalysisYet();
    }

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetDigestAsync(
        HttpContext context, CurrentUser user, UserMailboxes mailboxes, MailboxStore store, CancellationToken ct)
    {
        var body = await JsonRequestBody.ReadAsync<DigestRequest>(context, ct);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var (enabled, hour) = (body.Value!.Enabled, body.Value.Hour);
        if (enabled is null)
        {
            return ApiProblems.Invalid("enabled", "enabled is required (true or false).");
        }

        if (hour is not (>= 0 and <= 23))
        {
            return ApiProblems.Invalid("hour", "hour is required: the local hour of the digest, 0 to 23.");
        }

        var me = await mailboxes.LoadAsync(UserMailboxes.KeyOf(user), ct);
        if (me.Mailbox is null)
        {
            return me.OptedOut ? ApiProblems.UserOptedOut() : ApiProblems.NotSynced();
        }

        await store.SetDigestAsync(me.Key, enabled.Value, hour.Value, ct);
        mailboxes.Forget(me.Key);
        return TypedResults.NoContent();
    }

    internal static async Task<Ok<UserExportResponse>> ExportAsync(
        HttpContext context, CurrentUser user, UserMailboxes mailboxes, UserDataStore userData, TimeProvider time, CancellationToken ct)
    {
        var key = UserMailboxes.KeyOf(user);
        var mailboxTask = mailboxes.LoadAsync(key, ct);
        var exportTask = userData.ExportAsync(key, ct);
        await Task.WhenAll(mailboxTask, exportTask);
        var now = time.GetUtcNow();
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"outlooknetworking-export-{now:yyyy-MM-dd}.json\"";
        return TypedResults.Ok(new UserExportResponse(now.UtcDateTime, key.TenantId, key.UserId, (await mailboxTask).OptedOut, await exportTask));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteDataAsync(
        CurrentUser user, UserDataEraser eraser, UserMailboxes mailboxes, RankedSuggestions suggestions, CancellationToken ct)
    {
        var key = UserMailboxes.KeyOf(user);
        var erased = await eraser.EraseAndOptOutAsync(key, ct);
        mailboxes.Forget(key);
        suggestions.Forget(key);
        return erased ? TypedResults.NoContent() : ApiProblems.SyncRunning();
    }

    internal static async Task<NoContent> OptInAsync(CurrentUser user, UserDataStore userData, UserMailboxes mailboxes, CancellationToken ct)
    {
        var key = UserMailboxes.KeyOf(user);
        await userData.OptInAsync(key, ct);
        mailboxes.Forget(key);
        return TypedResults.NoContent();
    }
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlookNetworking.Web.Features.OpenApi;

/// <summary>
/// The RFC 9457 problems the task-pane API answers with, each with a stable <c>code</c> the pane can switch on
/// (docs/api.md). Details never echo tokens, subjects or other people's data; they may name the caller's own input.
/// </summary>
internal static class ApiProblems
{
    public const string InvalidRequest = "invalid_request";
    public const string InvalidJson = "invalid_json";
    public const string BodyRequired = "body_required";
    public const string BodyTooLarge = "body_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string SuggestionNotFound = "suggestion_not_found";
    public const string OptedOut = "opted_out";
    public const string MailboxNotSynced = "mailbox_not_synced";
    public const string NotAnalysed = "not_analysed";
    public const string SyncInProgress = "sync_in_progress";
    public const string IntroductionsDisabled = "introductions_disabled";
    public const string IntroductionsOptInRequired = "introductions_opt_in_required";

    /// <summary>RFC 9110 section of 413, which ASP.NET Core's problem defaults do not name.</summary>
    private const string ContentTooLargeType = "https://tools.ietf.org/html/rfc9110#section-15.5.14";

    /// <summary>400 with the field errors (<c>errors</c>: field name -> messages).</summary>
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            title: "The request is not valid",
            detail: message,
            extensions: Code(InvalidRequest));

    public static ProblemHttpResult SuggestionMissing() => Problem(StatusCodes.Status404NotFound, SuggestionNotFound,
        "No such suggestion", "You have no suggestion with this id. It may have been replaced by a newer analysis.");

    public static ProblemHttpResult UserOptedOut() => Problem(StatusCodes.Status409Conflict, OptedOut,
        "You opted out",
        "You deleted your data and opted out, so nothing about your mailbox is analysed or stored. "
        + "POST /api/me/optin to opt in again.");

    public static ProblemHttpResult NotSynced() => Problem(StatusCodes.Status409Conflict, MailboxNotSynced,
        "Your mailbox is not set up yet",
        "Your organisation's directory has not been read since you joined; your mailbox is set up during the next nightly run.");

    public static ProblemHttpResult NoAnalysisYet() => Problem(StatusCodes.Status404NotFound, NotAnalysed,
        "No analysis yet", "Your mailbox has not been analysed yet; network health appears after the first nightly run.");

    public static ProblemHttpResult SyncRunning() => Problem(StatusCodes.Status409Conflict, SyncInProgress,
        "Your mailbox is being synced right now", "Nothing was deleted. Try again in a minute, when the sync has finished.");

    public static ProblemHttpResult IntroductionsOff() => Problem(StatusCodes.Status403Forbidden, IntroductionsDisabled,
        "Introductions are off in your organisation",
        "Your organisation's administrator has not turned on warm introductions (the admin page, /admin/manage).");

    public static ProblemHttpResult IntroductionsOptIn() => Problem(StatusCodes.Status403Forbidden, IntroductionsOptInRequired,
        "Opt in to see introductions",
        "Introductions are shared both ways: to see which colleagues know someone, let colleagues see your own ties first "
        + "(PUT /api/me/introductions with {\"discoverable\": true}).");

    public static ProblemHttpResult BadJson(string detail) =>
        Problem(StatusCodes.Status400BadRequest, InvalidJson, "The body is not valid JSON for this request", detail);

    public static ProblemHttpResult MissingBody() =>
        Problem(StatusCodes.Status400BadRequest, BodyRequired, "A JSON body is required", "Send the request's JSON body with Content-Type: application/json.");

    public static ProblemHttpResult TooLarge(int maxBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        type: ContentTooLargeType,
        title: "The body is too large",
        detail: $"This endpoint accepts at most {maxBytes} bytes of JSON. Nothing was changed.",
        extensions: Code(BodyTooLarge));

    public static ProblemHttpResult NotJson() => Problem(StatusCodes.Status415UnsupportedMediaType, UnsupportedMediaType,
        "The body must be JSON", "Send Content-Type: application/json.");

    public static ProblemHttpResult Problem(int status, string code, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail, extensions: Code(code));

    private static Dictionary<string, object?> Code(string code) => new(StringComparer.Ordinal) { ["code"] = code };
}

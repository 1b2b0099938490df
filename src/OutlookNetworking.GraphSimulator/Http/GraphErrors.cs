using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// Graph's error shape: <c>{"error":{"code":…,"message":…,"innerError":{"date":…,"request-id":…,"client-request-id":…}}}</c>.
/// </summary>
internal static class GraphErrors
{
    public static Task WriteAsync(HttpContext context, int status, string code, string message, int? retryAfterSeconds = null)
    {
        if (retryAfterSeconds is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        }

        var state = context.RequestServices.GetService(typeof(SimulatorState)) as SimulatorState;
        var date = (state?.Clock.GetUtcNow() ?? default).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var requestId = RequestId(context);
        var clientRequestId = context.Request.Headers["client-request-id"].ToString();
        return GraphJson.WriteAsync(context, status, (code, message, date, requestId, clientRequestId), static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("code", s.code);
            writer.WriteString("message", s.message);
            writer.WriteStartObject("innerError");
            writer.WriteString("date", s.date);
            writer.WriteString("request-id", s.requestId);
            writer.WriteString("client-request-id", string.IsNullOrEmpty(s.clientRequestId) ? s.requestId : s.clientRequestId);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    public static Task BadRequest(HttpContext context, string message, string code = "BadRequest") =>
        WriteAsync(context, StatusCodes.Status400BadRequest, code, message);

    public static Task InvalidUser(HttpContext context, string user) =>
        WriteAsync(context, StatusCodes.Status404NotFound, "ErrorInvalidUser", $"The requested user '{user}' is invalid.");

    public static Task ItemNotFound(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status404NotFound, "ErrorItemNotFound", "The specified object was not found in the store.");

    /// <summary>
    /// A mailbox the app may not read (graph-fidelity GF-12): outside its Exchange RBAC or application access policy
    /// scope (403), or no Exchange Online mailbox at all (404). Every mailbox path answers so.
    /// </summary>
    public static Task MailboxNotReadable(HttpContext context, Control.MailboxAccess access) =>
        access == Control.MailboxAccess.OutOfScope
            ? WriteAsync(context, StatusCodes.Status403Forbidden, "ErrorAccessDenied", "Access to OData is disabled.")
            : WriteAsync(context, StatusCodes.Status404NotFound, "MailboxNotEnabledForRESTAPI", "REST API is not yet supported for this mailbox.");

    /// <summary>The metadata-only guard: the request would have read message content.</summary>
    public static Task ContentDenied(HttpContext context, string reason)
    {
        if (context.RequestServices.GetService(typeof(SimulatorState)) is SimulatorState state)
        {
            state.Counters.MetadataGuard();
        }

        return WriteAsync(
            context,
            StatusCodes.Status403Forbidden,
            "ErrorAccessDenied",
            "Access is denied. Check credentials and try again. (Graph simulator: this application may read metadata only; " + reason + ")");
    }

    public static string RequestId(HttpContext context)
    {
        if (context.Items.TryGetValue(typeof(GraphErrors), out var existing) && existing is string id)
        {
            return id;
        }

        id = Guid.NewGuid().ToString();
        context.Items[typeof(GraphErrors)] = id;
        return id;
    }
}

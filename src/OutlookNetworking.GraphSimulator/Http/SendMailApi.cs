using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// <c>POST /users/{id}/sendMail</c> <c>{"message":{…},"saveToSentItems":…}</c>, or the message as MIME
/// (<c>Content-Type: text/plain</c>, base64; see <see cref="MimeSendMail"/>): 202 Accepted with no
/// body; the message lands in the outbox (<see cref="SimulatorControl.Outbox"/>), stamped with the
/// simulator clock. Nothing is delivered to mailboxes.
/// </summary>
internal static class SendMailApi
{
    public static void MapSendMailApi(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/v1.0/users/{user}/sendMail", HandleAsync);

    private static async Task HandleAsync(HttpContext context, string user, SimulatorState state)
    {
        var sender = state.Snapshot.FindUser(user);
        if (sender is null)
        {
            await GraphErrors.InvalidUser(context, user);
            return;
        }

        if (MimeSendMail.IsMime(context.Request))
        {
            await AcceptMimeAsync(context, sender, state);
            return;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
        }
        catch (JsonException)
        {
            await GraphErrors.BadRequest(context, "Empty Payload. JSON content expected.", "ErrorInvalidRequest");
            return;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("message", out var message)
                || message.ValueKind != JsonValueKind.Object)
            {
                await GraphErrors.BadRequest(context, "Required parameter 'message' is missing.", "ErrorInvalidRequest");
                return;
            }

            var to = Recipients(message, "toRecipients");
            var cc = Recipients(message, "ccRecipients");
            var bcc = Recipients(message, "bccRecipients");
            if (to.Count + cc.Count + bcc.Count == 0 || to.Concat(cc).Concat(bcc).Any(r => string.IsNullOrWhiteSpace(r.Address) || !r.Address.Contains('@', StringComparison.Ordinal)))
            {
                await GraphErrors.BadRequest(context, "At least one recipient is not valid., Recipient is missing or not valid.", "ErrorInvalidRecipients");
                return;
            }

            string? contentType = null, content = null;
            if (message.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Object)
            {
                contentType = String(body, "contentType");
                content = String(body, "content");
            }

            var save = !document.RootElement.TryGetProperty("saveToSentItems", out var saveElement)
                || saveElement.ValueKind != JsonValueKind.False;
            var id = state.Outbox.NextId();
            var isHtml = string.Equals(contentType, "HTML", StringComparison.OrdinalIgnoreCase);
            state.Outbox.Add(new SentMail(id, sender.Id, sender.Mail ?? sender.UserPrincipalName, String(message, "subject"), contentType, content, to, cc, bcc, save, state.Clock.GetUtcNow())
            {
                HtmlBody = isHtml ? content : null,
                TextBody = isHtml ? null : content,
                Headers = Headers(message),
                InternetMessageId = String(message, "internetMessageId") ?? MadeUpMessageId(id),
            });
        }

        context.Response.StatusCode = StatusCodes.Status202Accepted;
        context.Response.ContentLength = 0;
    }

    private static async Task AcceptMimeAsync(HttpContext context, Snapshot.SnapshotUser sender, SimulatorState state)
    {
        var mime = await MimeSendMail.ReadAsync(context);
        if (mime is null)
        {
            return;
        }

        var (to, cc, bcc) = (MimeSendMail.Recipients(mime.To), MimeSendMail.Recipients(mime.Cc), MimeSendMail.Recipients(mime.Bcc));
        if (to.Count + cc.Count + bcc.Count == 0)
        {
            await GraphErrors.BadRequest(context, "At least one recipient is not valid., Recipient is missing or not valid.", "ErrorInvalidRecipients");
            return;
        }

        var (html, text) = (mime.HtmlBody, mime.TextBody);
        var id = state.Outbox.NextId();
        state.Outbox.Add(new SentMail(id, sender.Id, sender.Mail ?? sender.UserPrincipalName, mime.Subject,
            html is not null ? "HTML" : "Text", html ?? text, to, cc, bcc, SaveToSentItems: true, state.Clock.GetUtcNow())
        {
            IsMime = true, HtmlBody = html, TextBody = text, Headers = MimeSendMail.Headers(mime),
            InternetMessageId = string.IsNullOrEmpty(mime.MessageId) ? MadeUpMessageId(id) : "<" + mime.MessageId + ">",
        });
        context.Response.StatusCode = StatusCodes.Status202Accepted;
        context.Response.ContentLength = 0;
    }

    private static string MadeUpMessageId(string outboxId) => "<" + outboxId + "@simulator.invalid>";

    private static Dictionary<string, string> Headers(JsonElement message)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (message.TryGetProperty("internetMessageHeaders", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var header in array.EnumerateArray())
            {
                if (header.ValueKind == JsonValueKind.Object && String(header, "name") is { } name && String(header, "value") is { } value)
                {
                    headers.TryAdd(name, value);
                }
            }
        }

        return headers;
    }

    private static List<MailRecipient> Recipients(JsonElement message, string name)
    {
        var result = new List<MailRecipient>();
        if (message.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var recipient in array.EnumerateArray())
            {
                if (recipient.ValueKind == JsonValueKind.Object
                    && recipient.TryGetProperty("emailAddress", out var address)
                    && address.ValueKind == JsonValueKind.Object)
                {
                    result.Add(new MailRecipient(String(address, "name"), String(address, "address")));
                }
            }
        }

        return result;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

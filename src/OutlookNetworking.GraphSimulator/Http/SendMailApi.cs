using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// <c>POST /users/{id}/sendMail</c> <c>{"message":{…},"saveToSentItems":…}</c>, or the message as MIME
/// (<c>Content-Type: text/plain</c>, base64; see <see cref="MimeSendMail"/>): 202 Accepted with no
/// body; the message lands in the outbox (<see cref="SimulatorControl.Outbox"/>), stamped with the
/// simulator clock, and its copy sits in the sender's Drafts until transport takes it
/// (<see cref="SentCopies"/>). Nothing is delivered to mailboxes. As graph-fidelity GF-15 describes: the
/// Message-ID is always Exchange's own; a JSON send refuses headers not named <c>x-…</c>; a MIME send loses its
/// custom headers.
/// </summary>
internal static partial class SendMailApi
{
    /// <summary><c>PidTagListUnsubscribe</c> (MS-OXPROPS, <c>PtypString</c> 0x1045) as a Graph extended property id.</summary>
    private const string ListUnsubscribeProperty = "String 0x1045";

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
                || !TryGetParameter(document.RootElement, "message", out var message)
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

            var headers = await HeadersAsync(context, message);
            var extended = headers is null ? null : await ExtendedPropertiesAsync(context, message);
            if (headers is null || extended is null)
            {
                return;
            }

            string? contentType = null, content = null;
            if (message.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Object)
            {
                contentType = String(body, "contentType");
                content = String(body, "content");
            }

            state.Outbox.RememberJsonHeaders(sender.Id, headers.Keys);
            if (extended.TryGetValue(ListUnsubscribeProperty, out var unsubscribe))
            {
                // Exchange writes PidTagListUnsubscribe as the sent message's List-Unsubscribe header (reported: redaxo/core #6590).
                headers["List-Unsubscribe"] = unsubscribe;
            }

            var id = state.Outbox.NextId();
            var isHtml = string.Equals(contentType, "HTML", StringComparison.OrdinalIgnoreCase);
            state.Outbox.Add(new SentMail(id, sender.Id, sender.Mail ?? sender.UserPrincipalName, String(message, "subject"), contentType, content, to, cc, bcc,
                SaveToSentItems(document.RootElement), state.Clock.GetUtcNow())
            {
                HtmlBody = isHtml ? content : null,
                TextBody = isHtml ? null : content,
                Headers = headers,
                ExtendedProperties = extended,
                InternetMessageId = ExchangeMessageId(id),
                RequestedInternetMessageId = String(message, "internetMessageId"),
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
        var (kept, dropped) = MimeSendMail.Headers(mime, name => state.Outbox.HasSentHeaderByJson(sender.Id, name));
        var id = state.Outbox.NextId();
        state.Outbox.Add(new SentMail(id, sender.Id, sender.Mail ?? sender.UserPrincipalName, mime.Subject,
            html is not null ? "HTML" : "Text", html ?? text, to, cc, bcc, SaveToSentItems: true, state.Clock.GetUtcNow())
        {
            IsMime = true, HtmlBody = html, TextBody = text, Headers = kept, DroppedHeaders = dropped,
            InternetMessageId = ExchangeMessageId(id),
            RequestedInternetMessageId = string.IsNullOrEmpty(mime.MessageId) ? null : "<" + mime.MessageId + ">",
        });
        context.Response.StatusCode = StatusCodes.Status202Accepted;
        context.Response.ContentLength = 0;
    }

    /// <summary>The Message-ID Exchange gives the message: its own, whatever the client asked for (GF-15).</summary>
    private static string ExchangeMessageId(string outboxId) =>
        "<" + outboxId.ToUpperInvariant() + "@SIM0PR01MB0001.simulator.prod.outlook.invalid>";

    /// <summary>JSON <c>saveToSentItems</c>: a copy is kept unless it is false (docs: user-sendmail, whose own example sends the
    /// string <c>"false"</c>).</summary>
    private static bool SaveToSentItems(JsonElement root) =>
        !TryGetParameter(root, "saveToSentItems", out var save)
        || !(save.ValueKind == JsonValueKind.False
             || (save.ValueKind == JsonValueKind.String && string.Equals(save.GetString(), "false", StringComparison.OrdinalIgnoreCase)));

    /// <summary><c>internetMessageHeaders</c>; null after answering 400 <c>InvalidInternetMessageHeader</c> for a name that
    /// does not start with <c>x-</c> (reported in several projects, e.g. redaxo/core #6588, terminal42/contao-notification_center #436).</summary>
    private static async Task<Dictionary<string, string>?> HeadersAsync(HttpContext context, JsonElement message)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!message.TryGetProperty("internetMessageHeaders", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return headers;
        }

        foreach (var header in array.EnumerateArray())
        {
            var name = header.ValueKind == JsonValueKind.Object ? String(header, "name") : null;
            if (name is null || !name.StartsWith("x-", StringComparison.OrdinalIgnoreCase))
            {
                await GraphErrors.BadRequest(context, $"The internet message header name '{name}' should start with 'x-' or 'X-'.",
                    "InvalidInternetMessageHeader");
                return null;
            }

            headers.TryAdd(name, String(header, "value") ?? "");
        }

        return headers;
    }

    /// <summary><c>singleValueExtendedProperties</c> (docs: singlevaluelegacyextendedproperty): each needs an <c>id</c> of the
    /// documented forms (<c>{type} 0x{tag}</c>, <c>{type} {guid} Name {name}</c>, <c>{type} {guid} Id 0x{id}</c>) and a
    /// string <c>value</c>; null after answering 400.</summary>
    private static async Task<Dictionary<string, string>?> ExtendedPropertiesAsync(HttpContext context, JsonElement message)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!message.TryGetProperty("singleValueExtendedProperties", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return properties;
        }

        foreach (var property in array.EnumerateArray())
        {
            var id = property.ValueKind == JsonValueKind.Object ? String(property, "id") : null;
            var value = property.ValueKind == JsonValueKind.Object ? String(property, "value") : null;
            if (id is null || value is null || !ExtendedPropertyId().IsMatch(id))
            {
                await GraphErrors.BadRequest(context, $"The extended property id '{id}' is not valid.", "ErrorInvalidProperty");
                return null;
            }

            properties[id] = value;
        }

        return properties;
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

    /// <summary>An action parameter by name, whatever its case: the Graph SDK sends <c>Message</c> and <c>SaveToSentItems</c>,
    /// the docs <c>message</c> and <c>saveToSentItems</c>, and Graph takes both.</summary>
    private static bool TryGetParameter(JsonElement root, string name, out JsonElement value)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"^(String|Integer|Boolean|SystemTime|Binary|Double|Float|Long|Short|Currency|CLSID)\s+(0x[0-9A-Fa-f]{1,4}|\{[0-9A-Fa-f-]{36}\}\s+(Name\s+\S.*|Id\s+0x[0-9A-Fa-f]{1,8}))$", RegexOptions.CultureInvariant)]
    private static partial Regex ExtendedPropertyId();
}

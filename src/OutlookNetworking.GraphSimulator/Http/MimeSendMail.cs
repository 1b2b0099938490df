using System.Text;
using Microsoft.AspNetCore.Http;
using MimeKit;
using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// <c>sendMail</c> in MIME form, as Graph documents it: <c>Content-Type: text/plain</c> and the base64 of an
/// RFC 5322 message. Bad base64 or unreadable MIME answers 400; recipients come from To, Cc and Bcc.
/// </summary>
internal static class MimeSendMail
{
    /// <summary>Graph's request body limit for sendMail is 4 MB; base64 of that is about 5.4 MB.</summary>
    private const int MaxBase64Length = 6 * 1024 * 1024;

    public static bool IsMime(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the request; writes the Graph error and returns null when it is not acceptable.</summary>
    public static async Task<MimeMessage?> ReadAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.ASCII);
        var buffer = new char[MaxBase64Length + 1];
        var length = await reader.ReadBlockAsync(buffer.AsMemory(), context.RequestAborted);
        if (length > MaxBase64Length)
        {
            await GraphErrors.BadRequest(context, "The MIME content is too large.", "ErrorMessageSizeExceeded");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(new string(buffer, 0, length).Trim());
        }
        catch (FormatException)
        {
            await GraphErrors.BadRequest(context, "Invalid base64 string for MIME content.", "ErrorMimeContentInvalidBase64String");
            return null;
        }

        try
        {
            using var stream = new MemoryStream(bytes);
            return await MimeMessage.LoadAsync(stream, context.RequestAborted);
        }
        catch (FormatException)
        {
            await GraphErrors.BadRequest(context, "Invalid MIME content.", "ErrorMimeContentInvalid");
            return null;
        }
    }

    public static List<MailRecipient> Recipients(InternetAddressList list) =>
        list.Mailboxes.Select(m => new MailRecipient(string.IsNullOrEmpty(m.Name) ? null : m.Name, m.Address)).ToList();

    public static Dictionary<string, string> Headers(MimeMessage message)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in message.Headers)
        {
            headers.TryAdd(header.Field, header.Value);
        }

        return headers;
    }
}

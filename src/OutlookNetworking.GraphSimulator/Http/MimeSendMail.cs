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

    /// <summary>
    /// The custom headers that survive a MIME send, and those Exchange dropped (graph-fidelity GF-15, reported in
    /// msgraph-sdk-dotnet #2209 and microsoft-graph-docs-contrib #1093): a header that does not start with <c>X-</c> is
    /// dropped, and an <c>X-</c> header is kept only once the mailbox has sent it another way (microsoft-graph-docs
    /// #17444; the harsher reading). The headers Exchange reads into the message itself (addresses, subject, date, MIME
    /// structure, Message-ID) are not custom headers and are not listed.
    /// </summary>
    public static (Dictionary<string, string> Kept, List<string> Dropped) Headers(MimeMessage message, Func<string, bool> sentByJsonBefore)
    {
        var kept = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var dropped = new List<string>();
        foreach (var header in message.Headers)
        {
            if (StandardHeaders.Contains(header.Field))
            {
                continue;
            }

            if (header.Field.StartsWith("X-", StringComparison.OrdinalIgnoreCase) && sentByJsonBefore(header.Field))
            {
                kept.TryAdd(header.Field, header.Value);
            }
            else
            {
                dropped.Add(header.Field);
            }
        }

        return (kept, dropped);
    }

    private static readonly HashSet<string> StandardHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "From", "Sender", "Reply-To", "To", "Cc", "Bcc", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
        "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "Content-ID", "Importance",
    };
}

using MimeKit;

namespace OutlookNetworking.Graph.Mail;

/// <summary>Builds the MIME form of an <see cref="OutgoingMail"/>: multipart/alternative, plain text first
/// (the least preferred part comes first, RFC 2046), then HTML, both UTF-8.</summary>
internal static class MimeMessageBuilder
{
    public static MimeMessage Build(string? senderAddress, OutgoingMail mail)
    {
        var message = new MimeMessage();
        if (senderAddress is not null && MailboxAddress.TryParse(senderAddress, out var from))
        {
            message.From.Add(from);
        }

        message.To.Add(new MailboxAddress(mail.ToName ?? "", mail.To));
        message.Subject = mail.Subject;
        if (mail.InternetMessageId is { Length: > 2 } id)
        {
            message.MessageId = id.Trim('<', '>'); // MimeKit writes it between angle brackets
        }

        foreach (var (name, value) in mail.Headers)
        {
            message.Headers.Add(name, value);
        }

        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The message as Graph's <c>sendMail</c> takes MIME: base64 of the RFC 5322 bytes.</summary>
    public static async Task<string> ToBase64Async(MimeMessage message, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await message.WriteToAsync(FormatOptions.Default, buffer, cancellationToken);
        return Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}

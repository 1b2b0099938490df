using System.Text;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.Graph.Sync;

namespace OutlookNetworking.Graph.Mail;

/// <summary>
/// Sends mail as a sender mailbox with Graph <c>sendMail</c> (Mail.Send, narrowed to that mailbox with
/// Exchange RBAC for Applications), through the SDK's request pipeline (auth, redirects, compression).
/// A message with a plain-text part goes as MIME (<c>Content-Type: text/plain</c>, base64, as Graph documents);
/// otherwise as Graph's JSON message.
/// The SDK's automatic retry is switched off for sends: a 504 or a dropped connection may hide a send that
/// went through, and the caller's at-most-once ledger decides what may be tried again
/// (<see cref="MailSendErrors.CertainlyNotSent"/>).
/// </summary>
public sealed class MailSender(GraphClientProvider clients)
{
    private static readonly RetryHandlerOption NoRetry = new() { MaxRetry = 0, ShouldRetry = static (_, _, _) => false };

    public async Task SendAsync(Guid tenantId, string senderMailbox, OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var client = clients.For(tenantId);
        if (mail.TextBody is null)
        {
            var message = new Message
            {
                Subject = mail.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = mail.HtmlBody },
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = mail.To, Name = mail.ToName } }],
                InternetMessageId = mail.InternetMessageId,
                InternetMessageHeaders = mail.Headers.Select(h => new InternetMessageHeader { Name = h.Key, Value = h.Value }).ToList(),
            };
            await client.Users[senderMailbox].SendMail.PostAsync(
                new SendMailPostRequestBody { Message = message, SaveToSentItems = mail.SaveToSentItems },
                config => config.Options.Add(NoRetry), cancellationToken);
            return;
        }

        var mime = MimeMessageBuilder.Build(senderMailbox.Contains('@', StringComparison.Ordinal) ? senderMailbox : null, mail);
        var base64 = await MimeMessageBuilder.ToBase64Async(mime, cancellationToken);
        var request = client.Users[senderMailbox].SendMail.ToPostRequestInformation(new SendMailPostRequestBody());
        request.Headers.Remove("Content-Type"); // set to JSON by the builder; MIME goes as text/plain
        request.SetStreamContent(new MemoryStream(Encoding.ASCII.GetBytes(base64)), "text/plain");
        request.AddRequestOptions([NoRetry]);
        await client.RequestAdapter.SendNoContentAsync(request, GraphErrors.Mapping, cancellationToken);
    }

    /// <summary>
    /// Whether the sender mailbox's Sent Items hold a message with <paramref name="internetMessageId"/>: how a send whose
    /// answer was lost (a timeout, a dropped connection, a crash) is told apart from one that never reached Graph.
    /// Reads only the message's id (<c>$select=id</c>, no content), with Mail.ReadBasic.All like the sync.
    /// </summary>
    public async Task<bool> IsInSentItemsAsync(Guid tenantId, string senderMailbox, string internetMessageId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(internetMessageId);
        var client = clients.For(tenantId);
        var page = await client.Users[senderMailbox].MailFolders["sentitems"].Messages.GetAsync(config =>
        {
            config.QueryParameters.Filter = "internetMessageId eq '" + internetMessageId.Replace("'", "''", StringComparison.Ordinal) + "'";
            config.QueryParameters.Select = ["id"];
            config.QueryParameters.Top = 1;
        }, cancellationToken);
        return page?.Value is { Count: > 0 };
    }
}

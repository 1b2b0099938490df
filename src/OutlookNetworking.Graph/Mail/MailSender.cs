using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using OutlookNetworking.Graph.Client;

namespace OutlookNetworking.Graph.Mail;

/// <summary>
/// Sends mail as a sender mailbox with Graph's JSON <c>sendMail</c> (Mail.Send, narrowed to that mailbox with Exchange
/// RBAC for Applications), through the SDK's request pipeline (auth, redirects). JSON, not MIME: a MIME send loses every
/// custom header and its Message-ID (graph-fidelity GF-15), while JSON documents <c>saveToSentItems</c>, <c>x-</c>
/// headers and extended properties.
/// The SDK's automatic retry is switched off for sends: a 504 or a dropped connection may hide a send that went through,
/// and the caller's at-most-once ledger decides what may be tried again (<see cref="MailSendErrors.CertainlyNotSent"/>).
/// </summary>
public sealed class MailSender(GraphClientProvider clients)
{
    private const int SearchPageSize = 250;
    private static readonly RetryHandlerOption NoRetry = new() { MaxRetry = 0, ShouldRetry = static (_, _, _) => false };

    /// <exception cref="ArgumentException">A header not named <c>X-…</c>: Graph would refuse it (nothing is sent).</exception>
    public async Task SendAsync(Guid tenantId, string senderMailbox, OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (mail.Headers.Keys.FirstOrDefault(name => !name.StartsWith("x-", StringComparison.OrdinalIgnoreCase)) is { } bad)
        {
            throw new ArgumentException($"Graph sends only headers named X-…; '{bad}' would be refused (send it as a MAPI property).", nameof(mail));
        }

        var message = new Message
        {
            Subject = mail.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = mail.HtmlBody },
            ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = mail.To, Name = mail.ToName } }],
            InternetMessageHeaders = mail.Headers.Count == 0 ? null
                : mail.Headers.Select(h => new InternetMessageHeader { Name = h.Key, Value = h.Value }).ToList(),
            SingleValueExtendedProperties = mail.ExtendedProperties.Count == 0 ? null
                : mail.ExtendedProperties.Select(p => new SingleValueLegacyExtendedProperty { Id = p.Key, Value = p.Value }).ToList(),
        };
        await clients.For(tenantId).Users[senderMailbox].SendMail.PostAsync(
            new SendMailPostRequestBody { Message = message, SaveToSentItems = mail.SaveToSentItems },
            config => config.Options.Add(NoRetry), cancellationToken);
    }

    /// <summary>
    /// Whether the sender mailbox holds its own copy of a message to <paramref name="recipient"/> received (created, or
    /// sent) at or after <paramref name="since"/>: how a send whose answer was lost (a timeout, a dropped connection, a
    /// crash) is told apart from one that never reached Graph. Every step is documented: <c>sendMail</c> creates the
    /// message in the sender's Drafts before it answers 202, and transport moves it to Sent Items (docs:
    /// outlook-things-to-know-about-send-mail), so Drafts is read first, then Sent Items; each with
    /// <c>$filter=receivedDateTime ge …</c> (docs: filter-query-parameter) and <c>$select=toRecipients</c>, the recipient
    /// matched here. Mail.ReadBasic.All reads both (no content: no subject, no body).
    /// </summary>
    public async Task<bool> FindSentCopyAsync(Guid tenantId, string senderMailbox, string recipient, DateTimeOffset since,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        var client = clients.For(tenantId);
        foreach (var folder in (string[])["drafts", "sentitems"])
        {
            var page = await client.Users[senderMailbox].MailFolders[folder].Messages.GetAsync(config =>
            {
                config.QueryParameters.Filter = "receivedDateTime ge "
                    + since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                config.QueryParameters.Select = ["toRecipients"];
                config.QueryParameters.Top = SearchPageSize;
            }, cancellationToken);
            while (page is not null)
            {
                if (page.Value?.Any(m => m.ToRecipients?.Any(r => string.Equals(r.EmailAddress?.Address, recipient, StringComparison.OrdinalIgnoreCase)) == true) == true)
                {
                    return true;
                }

                page = page.OdataNextLink is { } next
                    ? await new Microsoft.Graph.Users.Item.MailFolders.Item.Messages.MessagesRequestBuilder(next, client.RequestAdapter)
                        .GetAsync(cancellationToken: cancellationToken)
                    : null;
            }
        }

        return false;
    }
}

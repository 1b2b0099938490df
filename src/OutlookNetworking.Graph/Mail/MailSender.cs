using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;
using OutlookNetworking.Graph.Client;

namespace OutlookNetworking.Graph.Mail;

/// <summary>Sends mail as a sender mailbox with Graph <c>sendMail</c> (Mail.Send, narrowed to that
/// mailbox with Exchange RBAC for Applications).</summary>
public sealed class MailSender(GraphClientProvider clients)
{
    public async Task SendAsync(Guid tenantId, string senderMailbox, OutgoingMail mail, CancellationToken cancellationToken)
    {
        var client = clients.For(tenantId);
        var message = new Message
        {
            Subject = mail.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = mail.HtmlBody },
            ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = mail.To, Name = mail.ToName } }],
            InternetMessageHeaders = mail.Headers.Select(h => new InternetMessageHeader { Name = h.Key, Value = h.Value }).ToList(),
        };
        await client.Users[senderMailbox].SendMail.PostAsync(
            new SendMailPostRequestBody { Message = message, SaveToSentItems = mail.SaveToSentItems }, cancellationToken: cancellationToken);
    }
}

namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>A message accepted by <c>POST /users/{id}/sendMail</c>, as it sits in the outbox.</summary>
/// <param name="SenderUserId">The user id of the mailbox it was sent from.</param>
/// <param name="SenderAddress">That mailbox's primary address.</param>
/// <param name="BodyContentType"><c>HTML</c> or <c>Text</c>, as sent.</param>
/// <param name="SentAt">The simulator clock when it was accepted.</param>
public sealed record SentMail(
    string Id,
    string SenderUserId,
    string? SenderAddress,
    string? Subject,
    string? BodyContentType,
    string? Body,
    IReadOnlyList<MailRecipient> To,
    IReadOnlyList<MailRecipient> Cc,
    IReadOnlyList<MailRecipient> Bcc,
    bool SaveToSentItems,
    DateTimeOffset SentAt);

namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>A message accepted by <c>POST /users/{id}/sendMail</c>, as it sits in the outbox.</summary>
/// <param name="SenderUserId">The user id of the mailbox it was sent from.</param>
/// <param name="SenderAddress">That mailbox's primary address.</param>
/// <param name="BodyContentType"><c>HTML</c> or <c>Text</c>, as sent (for MIME: <c>HTML</c> when it has an HTML part).</param>
/// <param name="Body">The JSON message's body, or the MIME message's HTML part (else its text part).</param>
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
    DateTimeOffset SentAt)
{
    /// <summary>True when it came as MIME (<c>Content-Type: text/plain</c>, base64) rather than JSON.</summary>
    public bool IsMime { get; init; }

    /// <summary>The HTML body (JSON <c>contentType: HTML</c>, or the MIME <c>text/html</c> part); null when none.</summary>
    public string? HtmlBody { get; init; }

    /// <summary>The plain-text body (JSON <c>contentType: Text</c>, or the MIME <c>text/plain</c> part); null when none.</summary>
    public string? TextBody { get; init; }

    /// <summary>Its RFC 5322 Message-ID with angle brackets: the one the sender set (JSON <c>internetMessageId</c>, MIME
    /// <c>Message-ID</c>), else one the simulator made up, as Exchange does.</summary>
    public string? InternetMessageId { get; init; }

    /// <summary>Internet headers sent with it (JSON <c>internetMessageHeaders</c>, or every MIME header).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

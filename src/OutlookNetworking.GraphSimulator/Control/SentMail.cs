namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>A message accepted by <c>POST /users/{id}/sendMail</c>, as it sits in the outbox.</summary>
/// <param name="SenderUserId">The user id of the mailbox it was sent from.</param>
/// <param name="SenderAddress">That mailbox's primary address.</param>
/// <param name="BodyContentType"><c>HTML</c> or <c>Text</c>, as sent (for MIME: <c>HTML</c> when it has an HTML part).</param>
/// <param name="Body">The JSON message's body, or the MIME message's HTML part (else its text part).</param>
/// <param name="SaveToSentItems">Whether its copy moves from Drafts to Sent Items once transport took it (else it is deleted).</param>
/// <param name="SentAt">The simulator clock when it was accepted (and its copy created in the sender's Drafts).</param>
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

    /// <summary>Its RFC 5322 Message-ID with angle brackets: always one the simulator made (graph-fidelity GF-15: whether
    /// Exchange keeps a client's Message-ID is documented nowhere, so the simulator never does).</summary>
    public string? InternetMessageId { get; init; }

    /// <summary>The Message-ID the client asked for (JSON <c>internetMessageId</c>, MIME <c>Message-ID</c>), which
    /// <see cref="InternetMessageId"/> replaced; null when it asked for none.</summary>
    public string? RequestedInternetMessageId { get; init; }

    /// <summary>The internet headers the sent message carries: a JSON send's <c>internetMessageHeaders</c> (only
    /// <c>x-</c> names are accepted), <c>List-Unsubscribe</c> from the MAPI property <c>PidTagListUnsubscribe</c>; a MIME
    /// send's <c>X-</c> headers only when the mailbox has sent that header through JSON before (GF-15).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Headers of a MIME send that Exchange dropped (every non-<c>X-</c> custom header, and <c>X-</c> headers the
    /// mailbox never sent through JSON), by name.</summary>
    public IReadOnlyList<string> DroppedHeaders { get; init; } = [];

    /// <summary>The JSON send's <c>singleValueExtendedProperties</c>, id to value (e.g. <c>String 0x1045</c>).</summary>
    public IReadOnlyDictionary<string, string> ExtendedProperties { get; init; } = new Dictionary<string, string>();
}

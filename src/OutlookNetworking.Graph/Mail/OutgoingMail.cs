namespace OutlookNetworking.Graph.Mail;

/// <summary>One message to send. <see cref="Headers"/> are extra internet headers (custom <c>X-</c> headers,
/// <c>List-Unsubscribe</c>). With a <see cref="TextBody"/> the message goes as MIME, multipart/alternative
/// (plain text and HTML); without one, as Graph's JSON message with an HTML body.</summary>
public sealed record OutgoingMail(
    string To,
    string? ToName,
    string Subject,
    string HtmlBody,
    IReadOnlyDictionary<string, string> Headers,
    bool SaveToSentItems = false)
{
    /// <summary>The plain-text alternative of <see cref="HtmlBody"/>; null sends HTML only.</summary>
    public string? TextBody { get; init; }

    /// <summary>The RFC 5322 Message-ID to send it with (<c>&lt;local@domain&gt;</c>), or null for one Exchange picks.
    /// A deterministic id lets the sender find the message in its Sent Items later
    /// (<see cref="MailSender.IsInSentItemsAsync"/>) when a send's outcome was lost.</summary>
    public string? InternetMessageId { get; init; }
}

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
}

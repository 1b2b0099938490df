namespace OutlookNetworking.Graph.Mail;

/// <summary>One message to send. <see cref="Headers"/> are custom <c>X-</c> headers.</summary>
public sealed record OutgoingMail(
    string To,
    string? ToName,
    string Subject,
    string HtmlBody,
    IReadOnlyDictionary<string, string> Headers,
    bool SaveToSentItems = false);

namespace OutlookNetworking.Graph.Mail;

/// <summary>
/// One message to send with Graph's JSON <c>sendMail</c> (an HTML body). Only what Graph documents travels
/// (graph-fidelity GF-15): <see cref="Headers"/> must be named <c>X-…</c> (Graph refuses any other name with 400
/// <c>InvalidInternetMessageHeader</c>); a standard header such as List-Unsubscribe goes as its MAPI property in
/// <see cref="ExtendedProperties"/> (<see cref="MailProperties.ListUnsubscribe"/>); Auto-Submitted cannot travel at all,
/// and neither can a Message-ID of the sender's choosing.
/// </summary>
public sealed record OutgoingMail(string To, string? ToName, string Subject, string HtmlBody)
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    /// <summary>Custom internet headers, each named <c>X-…</c> (else <see cref="MailSender.SendAsync"/> throws
    /// <see cref="ArgumentException"/> before anything is sent).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = None;

    /// <summary><c>singleValueExtendedProperties</c>: property id (e.g. <c>String 0x1045</c>) to value.</summary>
    public IReadOnlyDictionary<string, string> ExtendedProperties { get; init; } = None;

    /// <summary>Whether the sender keeps a copy in Sent Items. Default true, Graph's default: how a send whose answer
    /// was lost is found again (<see cref="MailSender.FindSentCopyAsync"/>).</summary>
    public bool SaveToSentItems { get; init; } = true;
}

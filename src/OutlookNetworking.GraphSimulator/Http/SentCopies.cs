using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>Where a sent message's copy sits in the sender's mailbox.</summary>
internal enum SentCopyFolder
{
    /// <summary>Not yet taken by transport: still in Drafts (a draft).</summary>
    Drafts,

    /// <summary>Sent and kept (<c>saveToSentItems</c> not false).</summary>
    SentItems,

    /// <summary>Sent and not kept: deleted.</summary>
    None,
}

/// <summary>
/// The sender's own copy of a <c>sendMail</c> message, as the docs' "Send mail by using the Microsoft Graph API"
/// (concepts/outlook-things-to-know-about-send-mail) describes it: created in the sender's Drafts before the 202, then,
/// once transport took it, moved to Sent Items, or deleted when <c>saveToSentItems</c> was false. The simulator's
/// transport takes <see cref="SimulatorOptions.SendTransportDelay"/> of simulator time.
/// </summary>
internal static class SentCopies
{
    public static SentCopyFolder Where(SentMail mail, DateTimeOffset now, TimeSpan transportDelay) =>
        now < mail.SentAt + transportDelay ? SentCopyFolder.Drafts
        : mail.SaveToSentItems ? SentCopyFolder.SentItems
        : SentCopyFolder.None;

    /// <summary>When the copy was created (the request's arrival).</summary>
    public static DateTimeOffset CreatedAt(SentMail mail) => mail.SentAt;

    /// <summary>When transport sent it, or null while it is a draft.</summary>
    public static DateTimeOffset? SentAt(SentMail mail, SentCopyFolder folder, TimeSpan transportDelay) =>
        folder == SentCopyFolder.Drafts ? null : mail.SentAt + transportDelay;

    /// <summary>Exchange's <c>receivedDateTime</c> of the copy: its creation while a draft, its sending once sent.</summary>
    public static DateTimeOffset ReceivedAt(SentMail mail, SentCopyFolder folder, TimeSpan transportDelay) =>
        SentAt(mail, folder, transportDelay) ?? mail.SentAt;
}

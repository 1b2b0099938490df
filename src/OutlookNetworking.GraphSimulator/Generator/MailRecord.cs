namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>
/// One message as sent, before it is filed into the mailboxes of its sender and recipients.
/// <see cref="Key"/> is unique tenant-wide and orders messages with the same time.
/// </summary>
/// <param name="FolderOverride">Files it into this folder (in every mailbox) instead of inbox/sentitems.</param>
/// <param name="Members">Users who receive it through a distribution list among the recipients.</param>
internal sealed record MailRecord(
    string Key,
    DateTimeOffset Sent,
    string ConversationId,
    string Subject,
    Recipient From,
    IReadOnlyList<Recipient> To,
    IReadOnlyList<Recipient> Cc,
    string Classification = "focused",
    string? FolderOverride = null,
    IReadOnlyList<Person>? Members = null,
    bool IsDraft = false);

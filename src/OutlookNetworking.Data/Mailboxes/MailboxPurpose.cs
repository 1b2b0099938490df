namespace OutlookNetworking.Data.Mailboxes;

/// <summary>Exchange's <c>userPurpose</c>. Only <see cref="User"/> mailboxes are analysed. Stored as a number
/// (<c>mailboxes.purpose</c>): a member keeps its number for good (<c>StoredEnumValuesTests</c> pins them).</summary>
public enum MailboxPurpose
{
    Unknown = 0,
    User = 1,
    Shared = 2,
    Room = 3,
    Equipment = 4,
    Other = 5,

    /// <summary>Not a mailbox: a mail-enabled group of the directory (a distribution list). Never synced, analysed or
    /// sent a digest; its addresses tell the engine that mail to them is not a relationship.</summary>
    DistributionList = 6,
}

namespace OutlookNetworking.Data.Mailboxes;

/// <summary>Exchange's <c>userPurpose</c>. Only <see cref="User"/> mailboxes are analysed.</summary>
public enum MailboxPurpose
{
    Unknown = 0,
    User = 1,
    Shared = 2,
    Room = 3,
    Equipment = 4,
    Other = 5,
}

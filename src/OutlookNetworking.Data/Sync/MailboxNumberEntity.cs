namespace OutlookNetworking.Data.Sync;

/// <summary>
/// The compact number of one mailbox in the metadata tables: <c>mail_messages</c> and <c>meetings</c> are keyed by
/// (mailbox number, Graph id) instead of repeating the tenant's and the user's GUIDs in every row and key. Numbers are
/// never reused (identity / AUTOINCREMENT), so a row left behind by an erased mailbox can never be read as another's.
/// The row goes with the mailbox's data (erase, offboarding).
/// </summary>
public sealed class MailboxNumberEntity
{
    public int Number { get; set; }

    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }
}

namespace OutlookNetworking.Data.Sync;

/// <summary>
/// A page write for a mailbox whose row is gone: the user erased their data or the tenant was offboarded while the
/// sync was under way. Nothing was written; the sync has nothing more to do (not a failure to retry).
/// </summary>
public sealed class MailboxGoneException(MailboxKey mailbox)
    : Exception($"Mailbox {mailbox.UserId} of tenant {mailbox.TenantId} is gone (erased or offboarded); nothing written.")
{
    public MailboxKey Mailbox { get; } = mailbox;
}

namespace OutlookNetworking.Data.Mailboxes;

/// <summary>
/// Whether Graph lets the app read a mailbox (graph-fidelity GF-12). A mailbox that is not readable is out of scope:
/// it is not synced, analysed or sent a digest, is listed on the admin status page and counted in each night's
/// summary, and is tried again when the directory changes it, when consent is granted again, or after
/// <c>Hangfire:OutOfScopeRecheckInterval</c>. Stored as a number (<c>mailboxes.access</c>): a member keeps its number
/// for good (<c>StoredEnumValuesTests</c> pins them).
/// </summary>
public enum MailboxAccess
{
    /// <summary>Readable (or not yet tried).</summary>
    Readable = 0,

    /// <summary>Outside the scope Exchange RBAC for Applications or an application access policy gives the app:
    /// Graph answered 403 <c>ErrorAccessDenied</c> ("Access to OData is disabled.").</summary>
    OutsideAppScope = 1,

    /// <summary>The user has no Exchange Online mailbox (unlicensed, a resource account, on-premises, soft-deleted):
    /// Graph answered 404 <c>MailboxNotEnabledForRESTAPI</c>.</summary>
    NoExchangeMailbox = 2,
}

namespace OutlookNetworking.Graph.Access;

/// <summary>Why Graph will not let the app read a mailbox (graph-fidelity GF-12).</summary>
public enum MailboxOutOfScopeReason
{
    /// <summary>403 <c>ErrorAccessDenied</c> ("Access to OData is disabled."): the mailbox is outside the scope Exchange
    /// RBAC for Applications or an application access policy gives the app.</summary>
    AccessDenied = 1,

    /// <summary>404 <c>MailboxNotEnabledForRESTAPI</c>: the user has no Exchange Online mailbox (unlicensed, a resource
    /// account, on-premises, soft-deleted).</summary>
    NoExchangeMailbox = 2,
}

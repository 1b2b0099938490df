using Microsoft.Graph.Models.ODataErrors;

namespace OutlookNetworking.Graph.Access;

/// <summary>
/// Tells Graph's "you may not read this mailbox" answers (graph-fidelity GF-12) from other errors: 403 with code
/// <c>ErrorAccessDenied</c> on a mailbox path (an Exchange RBAC or application access policy scope; the message is
/// "Access to OData is disabled." but only the code is relied on), and 404 with code <c>MailboxNotEnabledForRESTAPI</c>
/// (no Exchange Online mailbox; a plain 404 is a missing item, such as a folder deleted meanwhile).
/// </summary>
public static class MailboxAccessErrors
{
    private const string AccessDenied = "ErrorAccessDenied";
    private const string NotEnabled = "MailboxNotEnabledForRESTAPI";

    /// <summary>The reason a failed call says the mailbox is out of scope, or null for any other failure.</summary>
    public static MailboxOutOfScopeReason? ReasonOf(Exception exception) =>
        exception is ODataError { ResponseStatusCode: var status, Error.Code: { } code } ? ReasonOf(status, code) : null;

    /// <summary>The reason a status and error code say the mailbox is out of scope, or null.</summary>
    public static MailboxOutOfScopeReason? ReasonOf(int status, string? code) => status switch
    {
        403 when string.Equals(code, AccessDenied, StringComparison.OrdinalIgnoreCase) => MailboxOutOfScopeReason.AccessDenied,
        404 when string.Equals(code, NotEnabled, StringComparison.OrdinalIgnoreCase) => MailboxOutOfScopeReason.NoExchangeMailbox,
        _ => null,
    };
}

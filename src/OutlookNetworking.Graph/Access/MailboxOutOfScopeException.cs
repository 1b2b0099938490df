namespace OutlookNetworking.Graph.Access;

/// <summary>
/// Graph will not let the app read this mailbox (graph-fidelity GF-12). Not a failure to retry: the mailbox is out of
/// scope until the directory or the app's scope changes. The message carries the reason only (no address).
/// </summary>
public sealed class MailboxOutOfScopeException : Exception
{
    public MailboxOutOfScopeException(MailboxOutOfScopeReason reason, Exception? innerException = null)
        : base(reason == MailboxOutOfScopeReason.AccessDenied
            ? "Graph denied access to the mailbox (403 ErrorAccessDenied): it is outside the app's scope."
            : "The user has no Exchange Online mailbox (404 MailboxNotEnabledForRESTAPI).", innerException)
    {
        Reason = reason;
    }

    public MailboxOutOfScopeException()
        : this(MailboxOutOfScopeReason.AccessDenied)
    {
    }

    public MailboxOutOfScopeException(string message)
        : base(message)
    {
    }

    public MailboxOutOfScopeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MailboxOutOfScopeReason Reason { get; }
}

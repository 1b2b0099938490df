namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>What the tenant status page shows about synchronisation.</summary>
/// <param name="LastSyncCompletedAt">When the last full or nightly sync of the tenant finished; null before the first.</param>
/// <param name="UsersSynced">Mailboxes synced at least once.</param>
public sealed record TenantSyncStatus(DateTimeOffset? LastSyncCompletedAt, int UsersSynced)
{
    /// <summary>People's mailboxes Graph would not let the app read (graph-fidelity GF-12), by name.</summary>
    public IReadOnlyList<OutOfScopeMailbox> OutOfScope { get; init; } = [];

    /// <summary>How long an out-of-scope mailbox waits before it is tried again when nothing changed it.</summary>
    public TimeSpan OutOfScopeRecheckInterval { get; init; } = TimeSpan.FromDays(7);
}

/// <summary>A mailbox out of the app's reach: outside its Exchange scope, or without an Exchange Online mailbox.</summary>
/// <param name="NoExchangeMailbox">True: Graph says the user has no Exchange Online mailbox (404
/// MailboxNotEnabledForRESTAPI); false: the mailbox is outside the app's scope (403 ErrorAccessDenied).</param>
/// <param name="Since">Since when it has been out of scope.</param>
public sealed record OutOfScopeMailbox(string DisplayName, string UserPrincipalName, bool NoExchangeMailbox, DateTimeOffset? Since);

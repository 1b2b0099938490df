namespace OutlookNetworking.Data.Mailboxes;

/// <summary>A user as the directory lists it (input to <see cref="MailboxStore.UpsertDirectoryAsync"/>).</summary>
public sealed record DirectoryUser(
    Guid UserId,
    string Mail,
    string UserPrincipalName,
    string DisplayName,
    IReadOnlyCollection<string> Aliases,
    string? TimeZone,
    MailboxPurpose Purpose,
    bool IsGuest)
{
    /// <summary>What the directory's read of the mailbox settings said: true when they answered, false when Graph said
    /// the user has no Exchange Online mailbox (404 MailboxNotEnabledForRESTAPI: recorded as
    /// <see cref="MailboxAccess.NoExchangeMailbox"/> at once), null when they were not read.</summary>
    public bool? HasExchangeMailbox { get; init; }

    /// <summary>The working days of the mailbox settings (<see cref="MailboxEntity.WorkingDays"/>'s form); null when
    /// not read.</summary>
    public string? WorkingDays { get; init; }
}

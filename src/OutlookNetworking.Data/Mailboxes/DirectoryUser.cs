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
    bool IsGuest);

namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>A user of <c>users.json</c> (a user with a mailbox in the snapshot).</summary>
/// <param name="TimeZone">mailboxSettings.timeZone (IANA or Windows id), when given.</param>
/// <param name="UserPurpose">mailboxSettings.userPurpose (<c>user</c>, <c>shared</c>, <c>room</c>, ...), when given.</param>
/// <param name="ProxyAddresses">The raw proxy addresses (<c>SMTP:</c> primary, <c>smtp:</c> aliases).</param>
public sealed record SnapshotUser(
    string Id,
    string? DisplayName,
    string? Mail,
    string? UserPrincipalName,
    string? Department,
    string? JobTitle,
    string? UserType,
    string? TimeZone,
    string? UserPurpose,
    IReadOnlyList<string> ProxyAddresses)
{
    /// <summary>This project's extension (never served): <c>outOfScope</c> or <c>noExchangeMailbox</c> (graph-fidelity
    /// GF-12), as written in <c>users.json</c>'s <c>mailboxAccess</c>; null when not given.</summary>
    public string? MailboxAccess { get; init; }

    /// <summary>Graph's <c>otherMails</c>: the user's other email addresses as written in <c>users.json</c> (often a personal
    /// one); empty when not given.</summary>
    public IReadOnlyList<string> OtherMails { get; init; } = [];
}

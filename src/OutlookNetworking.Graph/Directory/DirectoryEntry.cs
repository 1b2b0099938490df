namespace OutlookNetworking.Graph.Directory;

/// <summary>A directory user with what the product needs to know about their mailbox.</summary>
/// <param name="Aliases">Other SMTP addresses from <c>proxyAddresses</c>, lower case.</param>
/// <param name="UserPurpose">Exchange's <c>mailboxSettings.userPurpose</c> (user, shared, room,
/// equipment, …); null when the user has no mailbox or it could not be read.</param>
public sealed record DirectoryEntry(
    Guid UserId,
    string? Mail,
    string UserPrincipalName,
    string DisplayName,
    IReadOnlyList<string> Aliases,
    bool IsGuest,
    bool AccountEnabled,
    string? TimeZone,
    string? UserPurpose);

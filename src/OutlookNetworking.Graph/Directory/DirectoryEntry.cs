namespace OutlookNetworking.Graph.Directory;

/// <summary>A directory user with what the product needs to know about their mailbox.</summary>
/// <param name="Aliases">The user's other addresses, lower case: SMTP ones from <c>proxyAddresses</c>, the UPN, and
/// <c>otherMails</c> (often a personal address; the owner's own, never a contact).</param>
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
    string? UserPurpose)
{
    /// <summary>What reading the mailbox settings said: true when they answered, false when Graph said the user has no
    /// Exchange Online mailbox (404 MailboxNotEnabledForRESTAPI: a guest, an unlicensed user, a resource account), null
    /// when they were not read (no mail address) or were refused (403: an Exchange scope may leave them out).</summary>
    public bool? HasExchangeMailbox { get; init; }

    /// <summary>The working days of <c>mailboxSettings.workingHours.daysOfWeek</c>, lower-case English names, comma
    /// separated in week order (<c>monday,tuesday,…</c>); null when the settings did not say.</summary>
    public string? WorkingDays { get; init; }
}

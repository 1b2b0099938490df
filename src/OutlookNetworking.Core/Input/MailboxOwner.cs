namespace OutlookNetworking.Core.Input;

/// <summary>The person whose mailbox is analysed.</summary>
/// <param name="UserId">Directory object id (Graph user id).</param>
/// <param name="PrimaryAddress">Primary SMTP address.</param>
/// <param name="Aliases">Every other address that is the owner (proxy addresses, UPN, X500 forms).
/// Mail from or to any of them is the owner's own.</param>
/// <param name="TimeZoneId">IANA or Windows time-zone id of the mailbox; null means UTC.</param>
public sealed record MailboxOwner(
    string UserId,
    string PrimaryAddress,
    IReadOnlyCollection<string> Aliases,
    string? DisplayName = null,
    string? TimeZoneId = null)
{
    /// <summary>The owner's working days and hours (Graph <c>mailboxSettings.workingHours</c>); null when unknown
    /// (Monday to Friday is assumed). Read at every evaluation, never kept in the state.</summary>
    public WorkingHours? WorkingHours { get; init; }
}

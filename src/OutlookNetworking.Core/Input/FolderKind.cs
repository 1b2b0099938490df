namespace OutlookNetworking.Core.Input;

/// <summary>The well-known folder a message was filed in. Anything else is <see cref="Other"/>.
/// Stored as a number (each message row and mail-folder cursor): a member keeps its number for good and a
/// new one takes the next free number (the Data tests' <c>StoredEnumValuesTests</c> pin them).</summary>
public enum FolderKind
{
    Inbox = 0,
    SentItems = 1,
    Archive = 2,
    /// <summary>A folder the user made.</summary>
    Other = 3,
    Drafts = 4,
    Junk = 5,
    DeletedItems = 6,
}

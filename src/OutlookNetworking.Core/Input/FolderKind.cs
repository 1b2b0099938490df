namespace OutlookNetworking.Core.Input;

/// <summary>The well-known folder a message was filed in. Anything else is <see cref="Other"/>.</summary>
public enum FolderKind
{
    Inbox,
    SentItems,
    Archive,
    /// <summary>A folder the user made.</summary>
    Other,
    Drafts,
    Junk,
    DeletedItems,
}

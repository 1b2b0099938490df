namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>A mail folder of a mailbox.</summary>
/// <param name="Key">The snapshot's name for it (a well-known name such as <c>inbox</c>, or a user folder's string).</param>
/// <param name="Id">Its opaque Graph id (stable for a mailbox and key).</param>
/// <param name="WellKnownName">The well-known name usable in URLs, or null for a user folder.</param>
/// <param name="ParentKey">The key of the folder it sits in; null for a folder directly under the root (msgfolderroot).</param>
/// <param name="IsHidden">Listed only with <c>includeHiddenFolders=true</c>.</param>
/// <param name="SearchSourceKey">For a mail search folder (<c>#microsoft.graph.mailSearchFolder</c>): the folder whose
/// messages it shows (it holds none of its own). Null for an ordinary folder.</param>
internal sealed record MailFolder(
    string Key,
    string Id,
    string DisplayName,
    string? WellKnownName,
    string? ParentKey = null,
    bool IsHidden = false,
    string? SearchSourceKey = null)
{
    public bool IsSearchFolder => SearchSourceKey is not null;
}

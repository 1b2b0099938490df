namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>A mail folder of a mailbox.</summary>
/// <param name="Key">The snapshot's name for it (a well-known name such as <c>inbox</c>, or a user folder's string).</param>
/// <param name="Id">Its opaque Graph id (stable for a mailbox and key).</param>
/// <param name="WellKnownName">The well-known name usable in URLs, or null for a user folder.</param>
internal sealed record MailFolder(string Key, string Id, string DisplayName, string? WellKnownName);

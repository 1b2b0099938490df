namespace OutlookNetworking.Core.Input;

/// <summary>
/// What the organisation's directory tells the engine about addresses: which domains are the
/// organisation's own, which addresses are rooms or equipment, which are distribution lists or
/// groups, and the display names of people it knows. Addresses are compared case-insensitively.
/// </summary>
public sealed record DirectoryInfo(
    IReadOnlyCollection<string> InternalDomains,
    IReadOnlyCollection<string> RoomAddresses,
    IReadOnlyCollection<string> DistributionListAddresses,
    IReadOnlyDictionary<string, string> DisplayNames)
{
    /// <summary>
    /// Every address the directory resolves to a user, group, contact, room or shared mailbox (primary addresses and
    /// aliases). When given, an address of an <see cref="InternalDomains">own domain</see> outside it that never
    /// wrote, organised or answered an invitation in the mailbox is taken for a dynamic distribution group
    /// (graph-fidelity GF-14: Graph lists no such groups); one that did is a person the directory does not list (a
    /// departed colleague), kept like any contact. Empty (the default): the directory's reach is unknown and no address
    /// is judged by it.
    /// </summary>
    public IReadOnlyCollection<string> KnownAddresses { get; init; } = [];

    /// <summary>A directory that knows nothing: every address is an outside person.</summary>
    public static DirectoryInfo Empty { get; } = new([], [], [], new Dictionary<string, string>());
}

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
    /// <summary>A directory that knows nothing: every address is an outside person.</summary>
    public static DirectoryInfo Empty { get; } = new([], [], [], new Dictionary<string, string>());
}

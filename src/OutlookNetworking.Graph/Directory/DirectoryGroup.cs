namespace OutlookNetworking.Graph.Directory;

/// <summary>A mail-enabled group of the directory (distribution list, mail-enabled security group, Microsoft 365 group).</summary>
/// <param name="Aliases">Its other SMTP addresses from <c>proxyAddresses</c>, lower case.</param>
public sealed record DirectoryGroup(Guid GroupId, string Mail, string DisplayName, IReadOnlyList<string> Aliases);

namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>The contents of <c>tenant.json</c>.</summary>
/// <param name="Now">The instant the snapshot was taken; null when the file has no <c>now</c>.</param>
public sealed record TenantInfo(string TenantId, string DisplayName, IReadOnlyList<string> Domains, DateTimeOffset? Now);

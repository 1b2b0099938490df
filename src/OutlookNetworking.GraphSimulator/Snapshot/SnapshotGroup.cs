namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>A group of <c>groups.json</c>: a distribution list or Microsoft 365 group when <paramref name="MailEnabled"/>.</summary>
public sealed record SnapshotGroup(string Id, string? Mail, string? DisplayName, bool MailEnabled);

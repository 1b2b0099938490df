namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>A room of <c>rooms.json</c>.</summary>
public sealed record SnapshotRoom(string EmailAddress, string? DisplayName);

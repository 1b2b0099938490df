using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>A message line as loaded: its id, folder (as the snapshot names it) and payload.</summary>
internal sealed record LoadedMessage(string Id, string FolderKey, JsonPayload Payload);

using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Graph.Sync;

/// <summary>A mail folder worth syncing.</summary>
public sealed record SyncFolder(string Id, FolderKind Kind);

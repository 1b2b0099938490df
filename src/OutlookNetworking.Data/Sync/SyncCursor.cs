using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Data.Sync;

/// <summary>Where one delta stream stands (a read-only copy of its row).</summary>
/// <param name="NextLink">The next page of the round in progress; null between rounds.</param>
/// <param name="DeltaLink">Where the next round starts; null until a first round completes.</param>
public sealed record SyncCursor(
    string StreamKey,
    FolderKind? FolderKind,
    string? NextLink,
    string? DeltaLink,
    int Generation,
    DateTimeOffset? WindowStart,
    DateTimeOffset? WindowEnd,
    DateTimeOffset? RoundCompletedAt);

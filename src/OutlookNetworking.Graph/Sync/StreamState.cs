using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Graph.Sync;

/// <summary>Where one delta stream of a mailbox stands, as the store remembers it.</summary>
/// <param name="FolderId">The mail folder; null for the calendar.</param>
/// <param name="NextLink">The next page of an unfinished round (resume here after a crash).</param>
/// <param name="DeltaLink">Where the next round starts.</param>
public sealed record StreamState(
    string? FolderId,
    FolderKind? FolderKind,
    string? NextLink,
    string? DeltaLink,
    DateTimeOffset? WindowStart = null,
    DateTimeOffset? WindowEnd = null)
{
    public bool IsCalendar => FolderId is null;
}

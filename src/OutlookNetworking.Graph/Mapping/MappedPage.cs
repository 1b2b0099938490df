namespace OutlookNetworking.Graph.Mapping;

/// <summary>One delta page turned into the engine's terms: what to upsert, what to delete, and the
/// items that could not be read (skipped and counted by reason, never fatal).</summary>
public sealed record MappedPage<T>(
    IReadOnlyList<T> Upserts,
    IReadOnlyList<string> RemovedIds,
    IReadOnlyDictionary<string, int> Skipped,
    string? NextLink,
    string? DeltaLink);

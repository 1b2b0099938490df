namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>What a delta round tracks: one mail folder, or a calendar window [start, end).</summary>
internal readonly record struct DeltaScope(string? FolderKey, DateTimeOffset WindowStart, DateTimeOffset WindowEnd)
{
    public static DeltaScope Folder(string key) => new(key, default, default);

    public static DeltaScope Window(DateTimeOffset start, DateTimeOffset end) => new(null, start, end);

    public bool IsFolder => FolderKey is not null;

    public string ScopeKey => FolderKey ?? TrackedCollection.CalendarScope;

    public bool Contains(TrackedItem item) =>
        !item.Deleted && (FolderKey is not null
            ? string.Equals(item.Scope, FolderKey, StringComparison.OrdinalIgnoreCase)
            : item.Start < WindowEnd && item.End > WindowStart);
}

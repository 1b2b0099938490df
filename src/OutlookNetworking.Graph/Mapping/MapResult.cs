namespace OutlookNetworking.Graph.Mapping;

/// <summary>What one delta item turned into: a row to upsert, an id to delete, or a reason to skip it.</summary>
public readonly record struct MapResult<T>(T? Item, string? RemovedId, string? SkipReason)
    where T : class;

/// <summary>Factories for <see cref="MapResult{T}"/>.</summary>
public static class MapResult
{
    public static MapResult<T> Upsert<T>(T item) where T : class => new(item, null, null);

    public static MapResult<T> Removed<T>(string id) where T : class => new(null, id, null);

    public static MapResult<T> Skip<T>(string reason) where T : class => new(null, null, reason);
}

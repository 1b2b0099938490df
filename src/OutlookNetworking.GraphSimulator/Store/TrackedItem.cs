namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>The current state of one item of a <see cref="TrackedCollection"/>. Mutated under its lock only.</summary>
internal sealed class TrackedItem(string id, JsonPayload payload, string scope, DateTimeOffset start, DateTimeOffset end)
{
    public string Id { get; } = id;

    public JsonPayload Payload { get; set; } = payload;

    /// <summary>The folder key (messages) or <see cref="TrackedCollection.CalendarScope"/> (events).</summary>
    public string Scope { get; set; } = scope;

    public DateTimeOffset Start { get; set; } = start;

    public DateTimeOffset End { get; set; } = end;

    public bool Deleted { get; set; }

    /// <summary>Calendar items: series role and own clock; null for messages.</summary>
    public EventTraits? Traits { get; set; }

    /// <summary>The sequence number since which the item is in its current scope (0: since the snapshot).</summary>
    public long ScopeSince { get; set; }

    /// <summary>The sequence number of its last change (0: as loaded).</summary>
    public long Version { get; set; }

    /// <summary>Index of its last entry in the change log, or -1.</summary>
    public int LastLogIndex { get; set; } = -1;
}

namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>One entry of a delta page, copied out of the store so the page is written without the lock.</summary>
/// <param name="Payload">The item's fields; null for an <c>@removed</c> entry.</param>
/// <param name="Traits">Calendar items: series role and own clock.</param>
internal readonly record struct PageItem(string Id, JsonPayload? Payload, string Scope, DateTimeOffset Start, DateTimeOffset End, long Version,
    EventTraits? Traits = null)
{
    public bool Removed => Payload is null;
}

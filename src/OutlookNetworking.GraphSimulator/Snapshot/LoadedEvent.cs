using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>An event line as loaded, with its start and end resolved to UTC.</summary>
internal sealed record LoadedEvent(string Id, DateTimeOffset Start, DateTimeOffset End, JsonPayload Payload);

namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>The items of one mailbox, in file order.</summary>
internal sealed record LoadedMailbox(string UserId, IReadOnlyList<LoadedMessage> Messages, IReadOnlyList<LoadedEvent> Events);

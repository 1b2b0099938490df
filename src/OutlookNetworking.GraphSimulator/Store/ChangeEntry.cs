namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>
/// One change in a <see cref="TrackedCollection"/>'s log; the entry at index i has sequence number i + 1.
/// </summary>
/// <param name="ScopeBefore">The item's scope before the change; null when it did not exist.</param>
/// <param name="ScopeAfter">The item's scope after the change; null when it was deleted.</param>
/// <param name="Previous">The index of the item's previous entry, or -1.</param>
/// <param name="Next">The index of the item's next entry, or -1.</param>
internal record struct ChangeEntry(int Slot, string? ScopeBefore, string? ScopeAfter, int Previous, int Next);

namespace OutlookNetworking.Core.State;

/// <summary>Which kind of mailbox item: kept in the state as a number (a member keeps its number for good).</summary>
public enum ItemKind : byte
{
    Message = 0,
    Meeting = 1,
}

/// <summary>One message or meeting of a mailbox, by its Graph id.</summary>
public readonly record struct ItemKey(ItemKind Kind, string Id);

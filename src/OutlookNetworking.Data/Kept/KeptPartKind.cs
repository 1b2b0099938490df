namespace OutlookNetworking.Data.Kept;

/// <summary>What a <see cref="KeptStatePartEntity"/> holds (stored as a number: never renumber).</summary>
public enum KeptPartKind : short
{
    Entries = 0,
    Items = 1,
    Conversations = 2,
}

namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>One mailbox: its folders, messages and calendar, and the epoch that expires its delta tokens.</summary>
internal sealed class MailboxStore(string userId)
{
    private int _epoch;

    public string UserId { get; } = userId;

    public FolderRegistry Folders { get; } = new(userId);

    public TrackedCollection Messages { get; } = new();

    public TrackedCollection Events { get; } = new();

    /// <summary>The sync-state generations of its delta streams (mail folders, calendar): the last three are held.</summary>
    public SyncStateGenerations SyncStates { get; } = new();

    /// <summary>Delta tokens carry the epoch they were issued in; an older epoch answers 410 Gone.</summary>
    public int Epoch => Volatile.Read(ref _epoch);

    public void ExpireDeltaTokens() => Interlocked.Increment(ref _epoch);
}

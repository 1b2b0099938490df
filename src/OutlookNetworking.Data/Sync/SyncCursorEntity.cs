namespace OutlookNetworking.Data.Sync;

/// <summary>
/// Where the delta sync of one folder (or the calendar) stands. Written in the same transaction as
/// the page it follows, so a crash resumes exactly where it stopped.
/// </summary>
public sealed class SyncCursorEntity
{
    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    /// <summary><c>mail:{folderId}</c> or <c>calendar</c>.</summary>
    public string StreamKey { get; set; } = "";

    /// <summary>The mailbox's <see cref="MailboxNumberEntity.Number"/> (the key of its metadata rows).</summary>
    public int MailboxNumber { get; set; }

    /// <summary>The stream's number within the mailbox (1, 2, …): what a message row stores as its folder.</summary>
    public int StreamNumber { get; set; }

    /// <summary>Set when the stream restarts from scratch; the round that completes next deletes the rows it did not
    /// see again (older generation), then clears it. Rounds that did not restart skip that sweep.</summary>
    public bool SweepPending { get; set; }

    /// <summary>Mail streams: <see cref="OutlookNetworking.Core.Input.FolderKind"/> of the folder.</summary>
    public int? FolderKind { get; set; }

    /// <summary>The next page of the round in progress; null between rounds.</summary>
    public string? NextLink { get; set; }

    /// <summary>Where the next round starts; null before the first round completes.</summary>
    public string? DeltaLink { get; set; }

    /// <summary>Incremented when the stream restarts from scratch; rows left on an older
    /// generation when the new round completes no longer exist in the mailbox.</summary>
    public int Generation { get; set; }

    /// <summary>Calendar only: the window the delta round covers (Unix ms).</summary>
    public long? WindowStartMs { get; set; }

    public long? WindowEndMs { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? RoundCompletedAt { get; set; }
}

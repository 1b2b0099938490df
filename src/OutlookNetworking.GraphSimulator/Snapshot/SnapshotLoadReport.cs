namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>What the loader read and what it skipped.</summary>
public sealed class SnapshotLoadReport
{
    internal SnapshotLoadReport(
        IReadOnlyList<SnapshotLineError> errors,
        IReadOnlyDictionary<string, int> messagesByMailbox,
        IReadOnlyDictionary<string, int> eventsByMailbox,
        IReadOnlyList<string> ignoredMailboxFolders)
    {
        Errors = errors;
        MessagesByMailbox = messagesByMailbox;
        EventsByMailbox = eventsByMailbox;
        IgnoredMailboxFolders = ignoredMailboxFolders;
        var skipped = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var error in errors)
        {
            skipped[error.MailboxId] = skipped.GetValueOrDefault(error.MailboxId) + 1;
        }

        SkippedLinesByMailbox = skipped;
    }

    /// <summary>Every skipped line (malformed, or a message without any date), in file order.</summary>
    public IReadOnlyList<SnapshotLineError> Errors { get; }

    /// <summary>Skipped lines per mailbox (user id); mailboxes with none are absent.</summary>
    public IReadOnlyDictionary<string, int> SkippedLinesByMailbox { get; }

    public IReadOnlyDictionary<string, int> MessagesByMailbox { get; }

    public IReadOnlyDictionary<string, int> EventsByMailbox { get; }

    /// <summary>Folders under <c>mailboxes/</c> whose name is no user id of <c>users.json</c>.</summary>
    public IReadOnlyList<string> IgnoredMailboxFolders { get; }

    public int SkippedLines => Errors.Count;

    public int SkippedLinesFor(string mailboxId) => SkippedLinesByMailbox.GetValueOrDefault(mailboxId);
}

namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>A line of a <c>.jsonl</c> file that was skipped, and why.</summary>
/// <param name="File">The path of the file, relative to the snapshot folder (forward slashes).</param>
/// <param name="Line">The 1-based line number.</param>
/// <param name="MailboxId">The user id of the mailbox the file belongs to.</param>
public sealed record SnapshotLineError(string File, int Line, string MailboxId, string Reason);

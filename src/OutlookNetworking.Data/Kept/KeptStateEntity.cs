namespace OutlookNetworking.Data.Kept;

/// <summary>
/// The engine's kept state of one mailbox (Core's <c>MailboxState</c>): its header, and the change sequence the
/// metadata triggers stamp each change with. While a row exists, every insert, update or delete of the mailbox's
/// messages, meetings and series masters is logged in <c>analysis_changes</c> (database triggers, so no write path can
/// forget it), and a night folds in only those. A row without a header is a state being built from scratch.
/// </summary>
public sealed class KeptStateEntity
{
    public int MailboxNumber { get; set; }

    /// <summary>Raised by each night before it reads the log; the triggers stamp changes with the current value.</summary>
    public long ChangeSeq { get; set; }

    /// <summary>Core's encoded header (basis, instant, counts, noise, open conversations, small meetings), or null
    /// while the first build runs.</summary>
    public byte[]? Header { get; set; }
}

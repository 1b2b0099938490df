namespace OutlookNetworking.Data.Kept;

/// <summary>
/// A message or meeting of a mailbox with a kept state that was inserted, updated or deleted since its last night
/// (written by database triggers on <c>mail_messages</c>, <c>meetings</c> and <c>series_masters</c>; a series master's
/// change logs its occurrences). The night reads the item's current row, if any, and deletes the log rows it folded in.
/// </summary>
public sealed class AnalysisChangeEntity
{
    public int MailboxNumber { get; set; }

    /// <summary>0 message, 1 meeting.</summary>
    public short Kind { get; set; }

    public string Id { get; set; } = "";

    /// <summary>The <see cref="KeptStateEntity.ChangeSeq"/> when the change was logged.</summary>
    public long Seq { get; set; }
}

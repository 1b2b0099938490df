namespace OutlookNetworking.Data.Kept;

/// <summary>One bucket of a mailbox's kept state (address entries, item footprints or conversations): a night reads
/// every entry bucket and only the item and conversation buckets its changes need, and writes only those it changed.</summary>
public sealed class KeptStatePartEntity
{
    public int MailboxNumber { get; set; }

    /// <summary><see cref="KeptPartKind"/> as a number.</summary>
    public short Kind { get; set; }

    public int Bucket { get; set; }

    public byte[] Data { get; set; } = [];
}

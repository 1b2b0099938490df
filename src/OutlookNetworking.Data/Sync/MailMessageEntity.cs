namespace OutlookNetworking.Data.Sync;

/// <summary>
/// The metadata of one message: who, when, which thread, which folder. No subject, no body.
/// Keyed by (<see cref="MailboxNumber"/>, <see cref="Id"/>); instants are Unix milliseconds (UTC) so the bulk writer
/// and both providers agree.
/// </summary>
public sealed class MailMessageEntity
{
    /// <summary>The mailbox's <see cref="MailboxNumberEntity.Number"/>.</summary>
    public int MailboxNumber { get; set; }

    /// <summary>Graph immutable id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The <see cref="SyncCursorEntity.StreamNumber"/> of the folder the message was last seen in.</summary>
    public int Stream { get; set; }

    /// <summary><see cref="OutlookNetworking.Core.Input.FolderKind"/> as a number.</summary>
    public int FolderKind { get; set; }

    public string? ConversationId { get; set; }

    public string? FromAddress { get; set; }

    public string? FromName { get; set; }

    /// <summary>To, Cc and Bcc as compact JSON (see <see cref="RecipientCodec"/>).</summary>
    public string Recipients { get; set; } = "[]";

    public long? SentAtMs { get; set; }

    public long? ReceivedAtMs { get; set; }

    /// <summary><see cref="OutlookNetworking.Core.Input.InferenceClass"/> as a number.</summary>
    public int Classification { get; set; }

    public bool IsDraft { get; set; }

    /// <summary>The folder's sync generation that last wrote the row (full resyncs reconcile by it).</summary>
    public int SyncGeneration { get; set; }
}

namespace OutlookNetworking.Data.Sync;

/// <summary>
/// The metadata of one message: who, when, which thread, which folder. No subject, no body.
/// Instants are Unix milliseconds (UTC) so the bulk writer and both providers agree.
/// </summary>
public sealed class MailMessageEntity
{
    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>Graph immutable id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The Graph folder id the message was last seen in.</summary>
    public string FolderId { get; set; } = "";

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

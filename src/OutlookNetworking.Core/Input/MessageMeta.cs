namespace OutlookNetworking.Core.Input;

/// <summary>
/// The metadata of one message in the owner's mailbox. Never a body or a subject: the engine
/// works on who, when and where only.
/// </summary>
/// <param name="Id">Mailbox-unique id (Graph immutable id).</param>
/// <param name="ConversationId">The thread it belongs to, when known.</param>
/// <param name="SentAt">When it was sent; may be missing.</param>
/// <param name="ReceivedAt">When it arrived; may be missing. A message with neither is skipped.</param>
public sealed record MessageMeta(
    string Id,
    string? ConversationId,
    Party? From,
    IReadOnlyList<Party> To,
    IReadOnlyList<Party> Cc,
    IReadOnlyList<Party> Bcc,
    DateTimeOffset? SentAt,
    DateTimeOffset? ReceivedAt,
    FolderKind Folder,
    InferenceClass Classification,
    bool IsDraft)
{
    /// <summary>The instant the engine uses for this message: sent time, else received time.</summary>
    public DateTimeOffset? At => SentAt ?? ReceivedAt;
}

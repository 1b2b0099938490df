using OutlookNetworking.Core.Input;
using OutlookNetworking.Graph.Mapping;

namespace OutlookNetworking.Graph.Sync;

/// <summary>
/// Where sync puts what it reads. The implementation must store each page together with the link
/// that follows it in one transaction (so a crash resumes at the first page not stored), upsert by
/// id (so replays never duplicate), and delete by id.
/// </summary>
public interface IMailboxSyncSink
{
    Task<IReadOnlyList<StreamState>> GetStreamsAsync(MailboxRef mailbox, CancellationToken cancellationToken);

    Task<DateTimeOffset?> GetFoldersDiscoveredAtAsync(MailboxRef mailbox, CancellationToken cancellationToken);

    Task SetFoldersDiscoveredAtAsync(MailboxRef mailbox, DateTimeOffset at, CancellationToken cancellationToken);

    Task EnsureMailStreamAsync(MailboxRef mailbox, string folderId, FolderKind kind, CancellationToken cancellationToken);

    /// <summary>The folder vanished or is excluded: drop its rows and its cursor.</summary>
    Task DropMailStreamAsync(MailboxRef mailbox, string folderId, CancellationToken cancellationToken);

    /// <summary>Start a stream over (expired token, moved calendar window) without losing or duplicating rows.</summary>
    Task RestartStreamAsync(MailboxRef mailbox, string? folderId, DateTimeOffset? windowStart, DateTimeOffset? windowEnd,
        CancellationToken cancellationToken);

    Task ApplyMessagePageAsync(MailboxRef mailbox, string folderId, MappedPage<MessageMeta> page, CancellationToken cancellationToken);

    Task ApplyMeetingPageAsync(MailboxRef mailbox, MappedPage<MeetingMeta> page, CancellationToken cancellationToken);
}

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

    /// <summary>Stores a calendar page: meetings, skeleton occurrences (filled from their master when read) and series
    /// masters (kept across rounds); a removed master takes its series with it.</summary>
    Task ApplyMeetingPageAsync(MailboxRef mailbox, MappedPage<CalendarItem> page, CancellationToken cancellationToken);

    /// <summary>The series whose occurrences are stored but whose master is not (GF-2: not in the round that carried
    /// them).</summary>
    Task<IReadOnlyList<string>> GetMissingSeriesMastersAsync(MailboxRef mailbox, CancellationToken cancellationToken);

    /// <summary>Stores masters read on their own; a series in <paramref name="goneSeriesIds"/> was deleted (its master
    /// answered 404): its occurrences and exceptions go.</summary>
    Task ApplySeriesMastersAsync(MailboxRef mailbox, IReadOnlyList<CalendarItem> masters, IReadOnlyList<string> goneSeriesIds,
        CancellationToken cancellationToken);

    /// <summary>The stored series (with a master) that have an occurrence or exception in [<paramref name="from"/>,
    /// <paramref name="to"/>).</summary>
    Task<IReadOnlyList<string>> GetActiveSeriesAsync(MailboxRef mailbox, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken);

    /// <summary>What a series read again says (GF-4): its occurrences and exceptions in [<paramref name="from"/>,
    /// <paramref name="to"/>) are <paramref name="liveIds"/>, so any other stored one there was cancelled; null: the
    /// series is gone.</summary>
    Task ApplySeriesInstancesAsync(MailboxRef mailbox, string seriesId, IReadOnlyCollection<string>? liveIds, DateTimeOffset from,
        DateTimeOffset to, CancellationToken cancellationToken);
}

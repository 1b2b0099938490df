using OutlookNetworking.Core.Input;
using OutlookNetworking.Graph.Mapping;

namespace OutlookNetworking.Graph.Sync;

/// <summary>
/// A decorator of <see cref="IMailboxSyncSink"/> that passes every call to the inner sink and lets a subclass act around
/// each stored page (message or meeting): <see cref="BeforePageAsync"/> before it is stored, <see cref="AfterPage"/>
/// after. For fault injection (the chaos command, tests): a crash, a deletion or an expiry landing mid-sync.
/// </summary>
public abstract class PageHookedSyncSink(IMailboxSyncSink inner) : IMailboxSyncSink
{
    public Task<IReadOnlyList<StreamState>> GetStreamsAsync(MailboxRef mailbox, CancellationToken cancellationToken) =>
        inner.GetStreamsAsync(mailbox, cancellationToken);

    public Task<DateTimeOffset?> GetFoldersDiscoveredAtAsync(MailboxRef mailbox, CancellationToken cancellationToken) =>
        inner.GetFoldersDiscoveredAtAsync(mailbox, cancellationToken);

    public Task SetFoldersDiscoveredAtAsync(MailboxRef mailbox, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.SetFoldersDiscoveredAtAsync(mailbox, at, cancellationToken);

    public Task EnsureMailStreamAsync(MailboxRef mailbox, string folderId, FolderKind kind, CancellationToken cancellationToken) =>
        inner.EnsureMailStreamAsync(mailbox, folderId, kind, cancellationToken);

    public Task DropMailStreamAsync(MailboxRef mailbox, string folderId, CancellationToken cancellationToken) =>
        inner.DropMailStreamAsync(mailbox, folderId, cancellationToken);

    public Task RestartStreamAsync(MailboxRef mailbox, string? folderId, DateTimeOffset? windowStart, DateTimeOffset? windowEnd,
        CancellationToken cancellationToken) =>
        inner.RestartStreamAsync(mailbox, folderId, windowStart, windowEnd, cancellationToken);

    public Task<IReadOnlyList<string>> GetMissingSeriesMastersAsync(MailboxRef mailbox, CancellationToken cancellationToken) =>
        inner.GetMissingSeriesMastersAsync(mailbox, cancellationToken);

    public Task ApplySeriesMastersAsync(MailboxRef mailbox, IReadOnlyList<CalendarItem> masters, IReadOnlyList<string> goneSeriesIds,
        CancellationToken cancellationToken) =>
        inner.ApplySeriesMastersAsync(mailbox, masters, goneSeriesIds, cancellationToken);

    public Task<IReadOnlyList<string>> GetActiveSeriesAsync(MailboxRef mailbox, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken) =>
        inner.GetActiveSeriesAsync(mailbox, from, to, cancellationToken);

    public Task ApplySeriesInstancesAsync(MailboxRef mailbox, string seriesId, IReadOnlyCollection<string>? liveIds, DateTimeOffset from,
        DateTimeOffset to, CancellationToken cancellationToken) =>
        inner.ApplySeriesInstancesAsync(mailbox, seriesId, liveIds, from, to, cancellationToken);

    public async Task ApplyMessagePageAsync(MailboxRef mailbox, string folderId, MappedPage<MessageMeta> page, CancellationToken cancellationToken)
    {
        await BeforePageAsync(mailbox);
        await inner.ApplyMessagePageAsync(mailbox, folderId, page, cancellationToken);
        AfterPage(mailbox);
    }

    public async Task ApplyMeetingPageAsync(MailboxRef mailbox, MappedPage<CalendarItem> page, CancellationToken cancellationToken)
    {
        await BeforePageAsync(mailbox);
        await inner.ApplyMeetingPageAsync(mailbox, page, cancellationToken);
        AfterPage(mailbox);
    }

    /// <summary>Runs before a page is stored (Graph has answered it). Default: nothing.</summary>
    protected virtual Task BeforePageAsync(MailboxRef mailbox) => Task.CompletedTask;

    /// <summary>Runs after a page was stored. Default: nothing.</summary>
    protected virtual void AfterPage(MailboxRef mailbox)
    {
    }
}

using OutlookNetworking.Core.Input;
using OutlookNetworking.Graph.Mapping;
using OutlookNetworking.Graph.Sync;

namespace OutlookNetworking.Web.Tests.Lifecycle;

/// <summary>The real sink, with a deletion (offboarding, erasure) landing while the sync's first page is pending: after
/// Graph answered it, before it is stored.</summary>
internal sealed class DeletingSink(IMailboxSyncSink inner, Func<Task> delete) : IMailboxSyncSink
{
    private int _deleted;

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
        await DeleteOnceAsync();
        await inner.ApplyMessagePageAsync(mailbox, folderId, page, cancellationToken);
    }

    public async Task ApplyMeetingPageAsync(MailboxRef mailbox, MappedPage<CalendarItem> page, CancellationToken cancellationToken)
    {
        await DeleteOnceAsync();
        await inner.ApplyMeetingPageAsync(mailbox, page, cancellationToken);
    }

    public bool Deleted => Volatile.Read(ref _deleted) == 1;

    private async Task DeleteOnceAsync()
    {
        if (Interlocked.Exchange(ref _deleted, 1) == 0)
        {
            await delete();
        }
    }
}

using OutlookNetworking.Core.Input;
using OutlookNetworking.Graph.Mapping;
using OutlookNetworking.Graph.Sync;

namespace OutlookNetworking.Web.Tests.Sync;

/// <summary>
/// The real sink, with a crash injected at page k: before the page is stored (the page and its link are
/// lost) or after it is stored (the next page is never fetched). Like a process dying mid-sync.
/// </summary>
internal sealed class CrashingSink(IMailboxSyncSink inner) : IMailboxSyncSink
{
    private int _pagesLeft = int.MaxValue;
    private bool _afterStore;

    public void CrashAt(int page, bool afterStore)
    {
        _pagesLeft = page;
        _afterStore = afterStore;
    }

    public void Disarm() => _pagesLeft = int.MaxValue;

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
        CrashIfDue(before: true);
        await inner.ApplyMessagePageAsync(mailbox, folderId, page, cancellationToken);
        CrashIfDue(before: false);
    }

    public async Task ApplyMeetingPageAsync(MailboxRef mailbox, MappedPage<CalendarItem> page, CancellationToken cancellationToken)
    {
        CrashIfDue(before: true);
        await inner.ApplyMeetingPageAsync(mailbox, page, cancellationToken);
        CrashIfDue(before: false);
    }

    private void CrashIfDue(bool before)
    {
        if (before && Interlocked.Decrement(ref _pagesLeft) == 0 && !_afterStore)
        {
            throw new SimulatedCrashException();
        }

        if (!before && Volatile.Read(ref _pagesLeft) == 0 && _afterStore)
        {
            _pagesLeft = -1;
            throw new SimulatedCrashException();
        }
    }
}

internal sealed class SimulatedCrashException() : Exception("Simulated crash between pages.");

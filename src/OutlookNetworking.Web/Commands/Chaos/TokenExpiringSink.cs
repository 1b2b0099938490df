using System.Collections.Concurrent;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Graph.Mapping;
using OutlookNetworking.Graph.Sync;
using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.Web.Commands.Chaos;

/// <summary>
/// Passes everything to the real sink and, when a mailbox has stored <c>afterPages</c> pages in a
/// round, expires that mailbox's delta and next links in the simulator once: the streams in flight
/// get 410 Gone in the middle of their round.
/// </summary>
internal sealed class TokenExpiringSink(IMailboxSyncSink inner, SimulatorControl control, int afterPages) : IMailboxSyncSink
{
    private readonly ConcurrentDictionary<Guid, int> _pages = new();
    private int _expiries;

    public int Expiries => Volatile.Read(ref _expiries);

    /// <summary>A new round: every mailbox gets its mid-round expiry again.</summary>
    public void NextRound() => _pages.Clear();

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

    public async Task ApplyMessagePageAsync(MailboxRef mailbox, string folderId, MappedPage<MessageMeta> page,
        CancellationToken cancellationToken)
    {
        await inner.ApplyMessagePageAsync(mailbox, folderId, page, cancellationToken);
        AfterPage(mailbox);
    }

    public async Task ApplyMeetingPageAsync(MailboxRef mailbox, MappedPage<CalendarItem> page, CancellationToken cancellationToken)
    {
        await inner.ApplyMeetingPageAsync(mailbox, page, cancellationToken);
        AfterPage(mailbox);
    }

    /// <summary>Expires every link of <paramref name="userId"/> now (counted with the mid-run expiries).</summary>
    public void Expire(Guid userId)
    {
        control.ExpireDeltaTokens(userId.ToString());
        Interlocked.Increment(ref _expiries);
    }

    private void AfterPage(MailboxRef mailbox)
    {
        if (afterPages > 0 && _pages.AddOrUpdate(mailbox.UserId, 1, static (_, n) => n + 1) == afterPages)
        {
            Expire(mailbox.UserId);
        }
    }
}

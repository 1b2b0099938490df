using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Graph.Mapping;
using OutlookNetworking.Graph.Sync;

namespace OutlookNetworking.Web.Features.Sync;

/// <summary>Puts what Graph sync reads into the store (the sync's only way to the database).</summary>
internal sealed class StoreSyncSink(MailboxMetadataStore metadata, MailboxStore mailboxes) : IMailboxSyncSink
{
    public async Task<IReadOnlyList<StreamState>> GetStreamsAsync(MailboxRef mailbox, CancellationToken cancellationToken)
    {
        var cursors = await metadata.GetCursorsAsync(Key(mailbox), cancellationToken);
        return cursors.Select(c => new StreamState(
            SyncStreams.IsMail(c.StreamKey) ? SyncStreams.FolderIdOf(c.StreamKey) : null,
            c.FolderKind, c.NextLink, c.DeltaLink, c.WindowStart, c.WindowEnd)).ToList();
    }

    public async Task<DateTimeOffset?> GetFoldersDiscoveredAtAsync(MailboxRef mailbox, CancellationToken cancellationToken) =>
        (await mailboxes.FindAsync(Key(mailbox), cancellationToken))?.FoldersDiscoveredAt;

    public Task SetFoldersDiscoveredAtAsync(MailboxRef mailbox, DateTimeOffset at, CancellationToken cancellationToken) =>
        mailboxes.RecordFoldersDiscoveredAsync(Key(mailbox), at, cancellationToken);

    public Task EnsureMailStreamAsync(MailboxRef mailbox, string folderId, FolderKind kind, CancellationToken cancellationToken) =>
        metadata.EnsureMailStreamAsync(Key(mailbox), folderId, kind, cancellationToken);

    public Task DropMailStreamAsync(MailboxRef mailbox, string folderId, CancellationToken cancellationToken) =>
        metadata.DropMailStreamAsync(Key(mailbox), folderId, cancellationToken);

    public Task RestartStreamAsync(MailboxRef mailbox, string? folderId, DateTimeOffset? windowStart, DateTimeOffset? windowEnd,
        CancellationToken cancellationToken) =>
        metadata.RestartStreamAsync(Key(mailbox), folderId is null ? SyncStreams.Calendar : SyncStreams.Mail(folderId),
            windowStart, windowEnd, cancellationToken);

    public Task ApplyMessagePageAsync(MailboxRef mailbox, string folderId, MappedPage<MessageMeta> page,
        CancellationToken cancellationToken) =>
        metadata.ApplyMessagePageAsync(Key(mailbox), folderId, page.Upserts, page.RemovedIds, page.NextLink, page.DeltaLink,
            cancellationToken);

    public Task ApplyMeetingPageAsync(MailboxRef mailbox, MappedPage<CalendarItem> page, CancellationToken cancellationToken) =>
        metadata.ApplyMeetingPageAsync(Key(mailbox), page.Upserts, page.RemovedIds, page.NextLink, page.DeltaLink, cancellationToken);

    public Task<IReadOnlyList<string>> GetMissingSeriesMastersAsync(MailboxRef mailbox, CancellationToken cancellationToken) =>
        metadata.GetMissingSeriesMastersAsync(Key(mailbox), cancellationToken);

    public Task ApplySeriesMastersAsync(MailboxRef mailbox, IReadOnlyList<CalendarItem> masters, IReadOnlyList<string> goneSeriesIds,
        CancellationToken cancellationToken) =>
        metadata.ApplySeriesMastersAsync(Key(mailbox), [.. masters.Select(m => m.Meeting)], goneSeriesIds, cancellationToken);

    public Task<IReadOnlyList<string>> GetActiveSeriesAsync(MailboxRef mailbox, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken) =>
        metadata.GetActiveSeriesAsync(Key(mailbox), from, to, cancellationToken);

    public Task ApplySeriesInstancesAsync(MailboxRef mailbox, string seriesId, IReadOnlyCollection<string>? liveIds, DateTimeOffset from,
        DateTimeOffset to, CancellationToken cancellationToken) =>
        metadata.ApplySeriesInstancesAsync(Key(mailbox), seriesId, liveIds, from, to, cancellationToken);

    private static MailboxKey Key(MailboxRef mailbox) => new(mailbox.TenantId, mailbox.UserId);
}

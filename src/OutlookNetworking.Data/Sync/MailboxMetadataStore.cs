using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Data.Sync;

/// <summary>
/// The synced metadata of every mailbox and the cursors of its delta streams. Each page is applied
/// in one transaction together with the link that follows it, so a crash between pages resumes at
/// the first page not yet stored, and replaying a page changes nothing.
/// </summary>
public sealed class MailboxMetadataStore(IAppDbContextFactory factory, TimeProvider time)
{
    private readonly MetadataRowWriter _writer = new(factory.Provider);

    public async Task<IReadOnlyList<SyncCursor>> GetCursorsAsync(MailboxKey mailbox, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.SyncCursors.AsNoTracking()
            .Where(c => c.TenantId == mailbox.TenantId && c.UserId == mailbox.UserId)
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.StreamKey, StringComparer.Ordinal).Select(ToCursor).ToList();
    }

    /// <summary>Creates the cursor of a mail folder if it does not exist yet (no-op otherwise).</summary>
    public async Task EnsureMailStreamAsync(MailboxKey mailbox, string folderId, FolderKind kind, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var key = SyncStreams.Mail(folderId);
        var exists = await db.SyncCursors.AnyAsync(
            c => c.TenantId == mailbox.TenantId && c.UserId == mailbox.UserId && c.StreamKey == key, cancellationToken);
        if (!exists)
        {
            db.SyncCursors.Add(new SyncCursorEntity
            {
                TenantId = mailbox.TenantId, UserId = mailbox.UserId, StreamKey = key, FolderKind = (int)kind,
                UpdatedAt = time.GetUtcNow(),
            });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Stores one page of a mail folder's delta round and the link that follows it.</summary>
    public async Task ApplyMessagePageAsync(MailboxKey mailbox, string folderId, IReadOnlyList<MessageMeta> upserts,
        IReadOnlyList<string> removedIds, string? nextLink, string? deltaLink, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cursor = await FindOrAddCursorAsync(db, mailbox, SyncStreams.Mail(folderId), cancellationToken);
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        await _writer.UpsertMessagesAsync(connection, dbTransaction, mailbox, folderId, upserts, cursor.Generation, cancellationToken);
        await _writer.DeleteMessagesAsync(connection, dbTransaction, mailbox, folderId, removedIds, cancellationToken);
        if (Advance(cursor, nextLink, deltaLink))
        {
            var stale = cursor.Generation;
            await db.MailMessages
                .Where(m => m.TenantId == mailbox.TenantId && m.UserId == mailbox.UserId && m.FolderId == folderId
                            && m.SyncGeneration < stale)
                .ExecuteDeleteAsync(cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Stores one page of the calendar's delta round and the link that follows it.</summary>
    public async Task ApplyMeetingPageAsync(MailboxKey mailbox, IReadOnlyList<MeetingMeta> upserts,
        IReadOnlyList<string> removedIds, string? nextLink, string? deltaLink, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cursor = await FindOrAddCursorAsync(db, mailbox, SyncStreams.Calendar, cancellationToken);
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        await _writer.UpsertMeetingsAsync(connection, dbTransaction, mailbox, upserts, cursor.Generation, cancellationToken);
        await _writer.DeleteMeetingsAsync(connection, dbTransaction, mailbox, removedIds, cancellationToken);
        if (Advance(cursor, nextLink, deltaLink))
        {
            var stale = cursor.Generation;
            await db.Meetings
                .Where(m => m.TenantId == mailbox.TenantId && m.UserId == mailbox.UserId && m.SyncGeneration < stale)
                .ExecuteDeleteAsync(cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Starts a stream over from scratch (its delta token expired, or the calendar window moved):
    /// links cleared, generation bumped. Rows stay until the new round completes and proves them gone,
    /// so the store never loses data that still exists, and never duplicates (rows are keyed by id).
    /// </summary>
    public async Task RestartStreamAsync(MailboxKey mailbox, string streamKey, DateTimeOffset? windowStart,
        DateTimeOffset? windowEnd, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var cursor = await FindOrAddCursorAsync(db, mailbox, streamKey, cancellationToken);
        cursor.Generation++;
        cursor.NextLink = null;
        cursor.DeltaLink = null;
        cursor.WindowStartMs = windowStart?.ToUnixTimeMilliseconds();
        cursor.WindowEndMs = windowEnd?.ToUnixTimeMilliseconds();
        cursor.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A folder vanished or is no longer synced: its rows and cursor go.</summary>
    public async Task DropMailStreamAsync(MailboxKey mailbox, string folderId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var key = SyncStreams.Mail(folderId);
        await db.MailMessages
            .Where(m => m.TenantId == mailbox.TenantId && m.UserId == mailbox.UserId && m.FolderId == folderId)
            .ExecuteDeleteAsync(cancellationToken);
        await db.SyncCursors
            .Where(c => c.TenantId == mailbox.TenantId && c.UserId == mailbox.UserId && c.StreamKey == key)
            .ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Reads a mailbox's stored metadata as the engine's input.</summary>
    public async Task<(IReadOnlyList<MessageMeta> Messages, IReadOnlyList<MeetingMeta> Meetings)> LoadAsync(
        MailboxKey mailbox, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var messages = new List<MessageMeta>();
        await foreach (var m in db.MailMessages.AsNoTracking()
                           .Where(m => m.TenantId == mailbox.TenantId && m.UserId == mailbox.UserId)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var (to, cc, bcc) = RecipientCodec.DecodeRecipients(m.Recipients);
            messages.Add(new MessageMeta(m.Id, m.ConversationId,
                m.FromAddress is null && m.FromName is null ? null : new Party(m.FromAddress, m.FromName),
                to, cc, bcc, FromMs(m.SentAtMs), FromMs(m.ReceivedAtMs), (FolderKind)m.FolderKind,
                (InferenceClass)m.Classification, m.IsDraft));
        }

        var meetings = new List<MeetingMeta>();
        await foreach (var m in db.Meetings.AsNoTracking()
                           .Where(m => m.TenantId == mailbox.TenantId && m.UserId == mailbox.UserId)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            meetings.Add(new MeetingMeta(m.Id, DateTimeOffset.FromUnixTimeMilliseconds(m.StartMs),
                DateTimeOffset.FromUnixTimeMilliseconds(m.EndMs), m.IsAllDay,
                m.OrganizerAddress is null && m.OrganizerName is null ? null : new Party(m.OrganizerAddress, m.OrganizerName),
                RecipientCodec.DecodeAttendees(m.Attendees), m.IsCancelled, m.IsOrganizer, (ResponseKind)m.MyResponse));
        }

        return (messages, meetings);
    }

    /// <summary>Counts of stored rows, for status pages and tests.</summary>
    public async Task<(int Messages, int Meetings)> CountAsync(MailboxKey mailbox, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var messages = await db.MailMessages.CountAsync(m => m.TenantId == mailbox.TenantId && m.UserId == mailbox.UserId, cancellationToken);
        var meetings = await db.Meetings.CountAsync(m => m.TenantId == mailbox.TenantId && m.UserId == mailbox.UserId, cancellationToken);
        return (messages, meetings);
    }

    private static DateTimeOffset? FromMs(long? ms) => ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;

    private bool Advance(SyncCursorEntity cursor, string? nextLink, string? deltaLink)
    {
        cursor.UpdatedAt = time.GetUtcNow();
        if (deltaLink is not null)
        {
            cursor.DeltaLink = deltaLink;
            cursor.NextLink = null;
            cursor.RoundCompletedAt = cursor.UpdatedAt;
            return true;
        }

        cursor.NextLink = nextLink ?? throw new InvalidOperationException("A delta page has neither a next link nor a delta link.");
        return false;
    }

    private async Task<SyncCursorEntity> FindOrAddCursorAsync(AppDbContext db, MailboxKey mailbox, string streamKey,
        CancellationToken cancellationToken)
    {
        var cursor = await db.SyncCursors.SingleOrDefaultAsync(
            c => c.TenantId == mailbox.TenantId && c.UserId == mailbox.UserId && c.StreamKey == streamKey, cancellationToken);
        if (cursor is null)
        {
            cursor = new SyncCursorEntity
            {
                TenantId = mailbox.TenantId, UserId = mailbox.UserId, StreamKey = streamKey, UpdatedAt = time.GetUtcNow(),
            };
            db.SyncCursors.Add(cursor);
        }

        return cursor;
    }

    private static SyncCursor ToCursor(SyncCursorEntity e) => new(
        e.StreamKey, e.FolderKind is { } k ? (FolderKind)k : null, e.NextLink, e.DeltaLink, e.Generation,
        e.WindowStartMs is { } s ? DateTimeOffset.FromUnixTimeMilliseconds(s) : null,
        e.WindowEndMs is { } w ? DateTimeOffset.FromUnixTimeMilliseconds(w) : null,
        e.RoundCompletedAt);
}

using System.Data.Common;
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
public sealed partial class MailboxMetadataStore(IAppDbContextFactory factory, TimeProvider time) : IDisposable
{
    private readonly PageWriteGate _gate = new(factory.Provider);

    public void Dispose() => _gate.Dispose();

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
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await MailboxRowLock.EnsureForWriteAsync(db, factory.Provider, mailbox, cancellationToken);
        var cursor = await FindOrAddCursorAsync(db, mailbox, SyncStreams.Mail(folderId), cancellationToken);
        if (db.Entry(cursor).State == EntityState.Added)
        {
            cursor.FolderKind = (int)kind;
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Stores one page of a mail folder's delta round and the link that follows it.</summary>
    public async Task ApplyMessagePageAsync(MailboxKey mailbox, string folderId, IReadOnlyList<MessageMeta> upserts,
        IReadOnlyList<string> removedIds, string? nextLink, string? deltaLink, CancellationToken cancellationToken)
    {
        CheckLinks(nextLink, deltaLink);
        using var turn = await _gate.EnterAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var streamKey = SyncStreams.Mail(folderId);
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        var cursor = await ReadCursorAsync(db, connection, dbTransaction, mailbox, streamKey, cancellationToken);
        var (number, stream) = (cursor.MailboxNumber, cursor.StreamNumber);
        await MetadataRowWriter.UpsertMessagesAsync(connection, dbTransaction, number, stream, upserts, cursor.Generation, cancellationToken);
        await MetadataRowWriter.DeleteMessagesAsync(connection, dbTransaction, number, stream, removedIds, cancellationToken);
        if (deltaLink is not null && cursor.SweepPending)
        {
            var current = cursor.Generation;
            await db.MailMessages
                .Where(m => m.MailboxNumber == number && m.Stream == stream && m.SyncGeneration < current)
                .ExecuteDeleteAsync(cancellationToken);
        }

        await PageCursorSql.AdvanceAsync(connection, dbTransaction, factory.Provider, mailbox, streamKey, nextLink, deltaLink,
            time.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Stores one page of the calendar's delta round and the link that follows it: meetings, skeleton
    /// occurrences and series masters; a removed id that is a master takes its whole series with it.</summary>
    public async Task ApplyMeetingPageAsync(MailboxKey mailbox, IReadOnlyList<CalendarItem> upserts,
        IReadOnlyList<string> removedIds, string? nextLink, string? deltaLink, CancellationToken cancellationToken)
    {
        CheckLinks(nextLink, deltaLink);
        using var turn = await _gate.EnterAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        var cursor = await ReadCursorAsync(db, connection, dbTransaction, mailbox, SyncStreams.Calendar, cancellationToken);
        var number = cursor.MailboxNumber;
        var meetings = upserts.Where(u => u.Kind != CalendarItemKind.SeriesMaster).ToList();
        var masters = upserts.Where(u => u.Kind == CalendarItemKind.SeriesMaster).Select(u => u.Meeting).ToList();
        await MetadataRowWriter.UpsertMeetingsAsync(connection, dbTransaction, number, meetings, cursor.Generation, cancellationToken);
        await MetadataRowWriter.UpsertMastersAsync(connection, dbTransaction, number, masters, cancellationToken);
        await MetadataRowWriter.DeleteMeetingsAsync(connection, dbTransaction, number, removedIds, cancellationToken);
        await MetadataRowWriter.DeleteSeriesAsync(connection, dbTransaction, number, removedIds, cancellationToken);
        if (deltaLink is not null)
        {
            if (cursor.SweepPending)
            {
                var current = cursor.Generation;
                await db.Meetings.Where(m => m.MailboxNumber == number && m.SyncGeneration < current).ExecuteDeleteAsync(cancellationToken);
            }

            await DeleteOrphanMastersAsync(db, number, cancellationToken);
        }

        await PageCursorSql.AdvanceAsync(connection, dbTransaction, factory.Provider, mailbox, SyncStreams.Calendar, nextLink, deltaLink,
            time.GetUtcNow(), cancellationToken);
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
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await MailboxRowLock.EnsureForWriteAsync(db, factory.Provider, mailbox, cancellationToken);
        var cursor = await FindOrAddCursorAsync(db, mailbox, streamKey, cancellationToken);
        cursor.Generation++;
        cursor.SweepPending = true;
        cursor.NextLink = null;
        cursor.DeltaLink = null;
        cursor.WindowStartMs = windowStart?.ToUnixTimeMilliseconds();
        cursor.WindowEndMs = windowEnd?.ToUnixTimeMilliseconds();
        cursor.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A folder vanished or is no longer synced: its rows and cursor go.</summary>
    public async Task DropMailStreamAsync(MailboxKey mailbox, string folderId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var key = SyncStreams.Mail(folderId);
        var cursor = await db.SyncCursors.AsNoTracking()
            .Where(c => c.TenantId == mailbox.TenantId && c.UserId == mailbox.UserId && c.StreamKey == key)
            .Select(c => new { c.MailboxNumber, c.StreamNumber }).SingleOrDefaultAsync(cancellationToken);
        if (cursor is not null)
        {
            await db.MailMessages.Where(m => m.MailboxNumber == cursor.MailboxNumber && m.Stream == cursor.StreamNumber)
                .ExecuteDeleteAsync(cancellationToken);
            await db.SyncCursors
                .Where(c => c.TenantId == mailbox.TenantId && c.UserId == mailbox.UserId && c.StreamKey == key)
                .ExecuteDeleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Reads a mailbox's stored metadata as the engine's input.</summary>
    public async Task<(IReadOnlyList<MessageMeta> Messages, IReadOnlyList<MeetingMeta> Meetings)> LoadAsync(
        MailboxKey mailbox, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var messages = new List<MessageMeta>();
        var meetings = new List<MeetingMeta>();
        if (await MailboxNumbers.FindAsync(db, mailbox, cancellationToken) is not { } number)
        {
            return (messages, meetings);
        }

        await foreach (var m in db.MailMessages.AsNoTracking()
                           .Where(m => m.MailboxNumber == number)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            messages.Add(ToMessage(m));
        }

        var masters = await MastersAsync(db, number, null, cancellationToken);
        await foreach (var m in db.Meetings.AsNoTracking()
                           .Where(m => m.MailboxNumber == number)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (ToMeeting(m, masters) is { } meeting)
            {
                meetings.Add(meeting);
            }
        }

        return (messages, meetings);
    }

    /// <summary>Counts of stored rows, for status pages and tests.</summary>
    public async Task<(int Messages, int Meetings)> CountAsync(MailboxKey mailbox, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        if (await MailboxNumbers.FindAsync(db, mailbox, cancellationToken) is not { } number)
        {
            return (0, 0);
        }

        var messages = await db.MailMessages.CountAsync(m => m.MailboxNumber == number, cancellationToken);
        var meetings = await db.Meetings.CountAsync(m => m.MailboxNumber == number, cancellationToken);
        return (messages, meetings);
    }

    private static MessageMeta ToMessage(MailMessageEntity m)
    {
        var (to, cc, bcc) = RecipientCodec.DecodeRecipients(m.Recipients);
        return new MessageMeta(m.Id, m.ConversationId,
            m.FromAddress is null && m.FromName is null ? null : new Party(m.FromAddress, m.FromName),
            to, cc, bcc, FromMs(m.SentAtMs), FromMs(m.ReceivedAtMs), (FolderKind)m.FolderKind,
            (InferenceClass)m.Classification, m.IsDraft);
    }

    /// <summary>The meeting the engine reads for a stored row; null for an occurrence whose master is not read yet (it
    /// waits for it: the next sync reads it).</summary>
    private static MeetingMeta? ToMeeting(MeetingEntity m, Dictionary<string, MeetingMeta> masters)
    {
        if (!m.FromMaster)
        {
            return new MeetingMeta(m.Id, DateTimeOffset.FromUnixTimeMilliseconds(m.StartMs),
                DateTimeOffset.FromUnixTimeMilliseconds(m.EndMs), m.IsAllDay,
                m.OrganizerAddress is null && m.OrganizerName is null ? null : new Party(m.OrganizerAddress, m.OrganizerName),
                RecipientCodec.DecodeAttendees(m.Attendees), m.IsCancelled, m.IsOrganizer, (ResponseKind)m.MyResponse);
        }

        // A skeleton occurrence (GF-1): its own id and times, everything else its master's.
        return m.SeriesMasterId is { } seriesId && masters.TryGetValue(seriesId, out var master)
            ? master with
            {
                Id = m.Id, Start = DateTimeOffset.FromUnixTimeMilliseconds(m.StartMs), End = DateTimeOffset.FromUnixTimeMilliseconds(m.EndMs),
            }
            : null;
    }

    private static DateTimeOffset? FromMs(long? ms) => ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;

    private static void CheckLinks(string? nextLink, string? deltaLink)
    {
        if (nextLink is null && deltaLink is null)
        {
            throw new InvalidOperationException("A delta page has neither a next link nor a delta link.");
        }
    }

    /// <summary>Inside a page's transaction: the mailbox row held (or <see cref="MailboxGoneException"/>) and the stream's
    /// cursor, created first when the stream has none yet (its first page: rare, through EF Core).</summary>
    private async Task<PageCursor> ReadCursorAsync(AppDbContext db, DbConnection connection,
        DbTransaction transaction, MailboxKey mailbox, string streamKey, CancellationToken cancellationToken)
    {
        if (await PageCursorSql.ReadAsync(connection, transaction, factory.Provider, mailbox, streamKey, cancellationToken) is { } cursor)
        {
            return cursor;
        }

        var added = await FindOrAddCursorAsync(db, mailbox, streamKey, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new PageCursor(added.MailboxNumber, added.StreamNumber, added.Generation, added.SweepPending);
    }

    private async Task<SyncCursorEntity> FindOrAddCursorAsync(AppDbContext db, MailboxKey mailbox, string streamKey,
        CancellationToken cancellationToken)
    {
        var cursor = await db.SyncCursors.SingleOrDefaultAsync(
            c => c.TenantId == mailbox.TenantId && c.UserId == mailbox.UserId && c.StreamKey == streamKey, cancellationToken);
        if (cursor is null)
        {
            var number = await MailboxNumbers.GetOrAddAsync(db, mailbox, cancellationToken);
            var lastStream = await db.SyncCursors.Where(c => c.MailboxNumber == number)
                .MaxAsync(c => (int?)c.StreamNumber, cancellationToken);
            cursor = new SyncCursorEntity
            {
                TenantId = mailbox.TenantId, UserId = mailbox.UserId, StreamKey = streamKey, UpdatedAt = time.GetUtcNow(),
                MailboxNumber = number, StreamNumber = (lastStream ?? 0) + 1,
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

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Data.Sync;

/// <summary>Recurring series (graph-fidelity GF-1, GF-2, GF-4): masters kept across rounds, masters read on their own,
/// series read again.</summary>
public sealed partial class MailboxMetadataStore
{
    /// <summary>The series whose skeleton occurrences are stored but whose master is not.</summary>
    public async Task<IReadOnlyList<string>> GetMissingSeriesMastersAsync(MailboxKey mailbox, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        if (await MailboxNumbers.FindAsync(db, mailbox, cancellationToken) is not { } number)
        {
            return [];
        }

        var missing = await db.Meetings.AsNoTracking()
            .Where(m => m.MailboxNumber == number && m.FromMaster && m.SeriesMasterId != null
                        && !db.SeriesMasters.Any(s => s.MailboxNumber == number && s.Id == m.SeriesMasterId))
            .Select(m => m.SeriesMasterId!).Distinct().ToListAsync(cancellationToken);
        return [.. missing.Order(StringComparer.Ordinal)];
    }

    /// <summary>Stores masters read on their own; the series in <paramref name="goneSeriesIds"/> go whole.</summary>
    public async Task ApplySeriesMastersAsync(MailboxKey mailbox, IReadOnlyList<MeetingMeta> masters, IReadOnlyList<string> goneSeriesIds,
        CancellationToken cancellationToken)
    {
        if (masters.Count == 0 && goneSeriesIds.Count == 0)
        {
            return;
        }

        await WriteSeriesAsync(mailbox, async (_, connection, transaction, number) =>
        {
            await MetadataRowWriter.UpsertMastersAsync(connection, transaction, number, masters, cancellationToken);
            await MetadataRowWriter.DeleteSeriesAsync(connection, transaction, number, goneSeriesIds, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The series with a stored master and an occurrence or exception overlapping [from, to).</summary>
    public async Task<IReadOnlyList<string>> GetActiveSeriesAsync(MailboxKey mailbox, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        if (await MailboxNumbers.FindAsync(db, mailbox, cancellationToken) is not { } number)
        {
            return [];
        }

        var (fromMs, toMs) = (from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds());
        var active = await db.SeriesMasters.AsNoTracking()
            .Where(s => s.MailboxNumber == number
                        && db.Meetings.Any(m => m.MailboxNumber == number && m.SeriesMasterId == s.Id && m.StartMs < toMs && m.EndMs > fromMs))
            .Select(s => s.Id).ToListAsync(cancellationToken);
        return [.. active.Order(StringComparer.Ordinal)];
    }

    /// <summary>Applies a series read again: its stored occurrences and exceptions overlapping [from, to) that
    /// <paramref name="liveIds"/> does not list were cancelled and go; null drops the series whole.</summary>
    public async Task ApplySeriesInstancesAsync(MailboxKey mailbox, string seriesId, IReadOnlyCollection<string>? liveIds,
        DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await WriteSeriesAsync(mailbox, async (db, connection, transaction, number) =>
        {
            if (liveIds is null)
            {
                await MetadataRowWriter.DeleteSeriesAsync(connection, transaction, number, [seriesId], cancellationToken);
                return;
            }

            var (fromMs, toMs) = (from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds());
            var stored = await db.Meetings.AsNoTracking()
                .Where(m => m.MailboxNumber == number && m.SeriesMasterId == seriesId && m.StartMs < toMs && m.EndMs > fromMs)
                .Select(m => m.Id).ToListAsync(cancellationToken);
            var cancelled = stored.Where(id => !liveIds.Contains(id)).ToList();
            await MetadataRowWriter.DeleteMeetingsAsync(connection, transaction, number, cancelled, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Masters by id, as the meeting their skeleton occurrences take everything but id and times from.</summary>
    private static async Task<Dictionary<string, MeetingMeta>> MastersAsync(AppDbContext db, int number, IReadOnlyCollection<string>? ids,
        CancellationToken cancellationToken)
    {
        var masters = new Dictionary<string, MeetingMeta>(StringComparer.Ordinal);
        var rows = db.SeriesMasters.AsNoTracking().Where(s => s.MailboxNumber == number);
        if (ids is not null)
        {
            rows = rows.Where(s => ids.Contains(s.Id));
        }

        await foreach (var s in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            masters[s.Id] = new MeetingMeta(s.Id, DateTimeOffset.FromUnixTimeMilliseconds(s.StartMs), DateTimeOffset.FromUnixTimeMilliseconds(s.EndMs),
                s.IsAllDay, s.OrganizerAddress is null && s.OrganizerName is null ? null : new Party(s.OrganizerAddress, s.OrganizerName),
                RecipientCodec.DecodeAttendees(s.Attendees), s.IsCancelled, s.IsOrganizer, (ResponseKind)s.MyResponse);
        }

        return masters;
    }

    /// <summary>Masters none of whose occurrences is stored any more (all cancelled, out of the window, swept) go.</summary>
    private static Task<int> DeleteOrphanMastersAsync(AppDbContext db, int number, CancellationToken cancellationToken) =>
        db.SeriesMasters
            .Where(s => s.MailboxNumber == number && !db.Meetings.Any(m => m.MailboxNumber == number && m.SeriesMasterId == s.Id))
            .ExecuteDeleteAsync(cancellationToken);

    private async Task WriteSeriesAsync(MailboxKey mailbox,
        Func<AppDbContext, System.Data.Common.DbConnection, System.Data.Common.DbTransaction, int, Task> write, CancellationToken cancellationToken)
    {
        using var turn = await _gate.EnterAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await MailboxRowLock.EnsureForWriteAsync(db, factory.Provider, mailbox, cancellationToken);
        if (await MailboxNumbers.FindAsync(db, mailbox, cancellationToken) is { } number)
        {
            await write(db, db.Database.GetDbConnection(), transaction.GetDbTransaction(), number);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

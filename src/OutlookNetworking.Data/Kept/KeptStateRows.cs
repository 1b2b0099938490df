using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.State;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Data.Kept;

/// <summary>Reading and writing the rows of a mailbox's kept state and its change log.</summary>
internal static class KeptStateRows
{
    /// <summary>Rows per multi-row upsert (3 parameters each and the mailbox's number: well under either provider's limit;
    /// no statement names a (kind, bucket) twice, which PostgreSQL's ON CONFLICT would refuse).</summary>
    private const int RowsPerUpsert = 200;

    /// <summary>Drops the kept states (and their logs) of the mailboxes: their data is going.</summary>
    public static async Task DeleteAsync(AppDbContext db, IReadOnlyCollection<int> numbers, CancellationToken cancellationToken)
    {
        // The state first: the triggers log nothing for a mailbox without one.
        await db.KeptStates.Where(k => numbers.Contains(k.MailboxNumber)).ExecuteDeleteAsync(cancellationToken);
        await db.KeptStateParts.Where(k => numbers.Contains(k.MailboxNumber)).ExecuteDeleteAsync(cancellationToken);
        await db.AnalysisChanges.Where(k => numbers.Contains(k.MailboxNumber)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Starts a night that will read the change log: raises the mailbox's change sequence (creating its kept
    /// state row, without a header, when it has none, which starts the log) and returns the value before, which every
    /// change the night may fold in carries or is below (later changes carry a higher one and wait for the next night).</summary>
    public static async Task<long> RaiseChangeSeqAsync(AppDbContext db, int number, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.KeptStates.SingleOrDefaultAsync(k => k.MailboxNumber == number, cancellationToken);
        if (row is null)
        {
            row = new KeptStateEntity { MailboxNumber = number };
            db.KeptStates.Add(row);
        }

        var before = row.ChangeSeq;
        row.ChangeSeq = before + 1;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return before;
    }

    /// <summary>The parts of one kind, by bucket (all of them, or those in <paramref name="buckets"/>).</summary>
    public static async Task<Dictionary<int, byte[]>> ReadPartsAsync(AppDbContext db, int number, KeptPartKind kind,
        IReadOnlyCollection<int>? buckets, CancellationToken cancellationToken)
    {
        var rows = db.KeptStateParts.AsNoTracking().Where(p => p.MailboxNumber == number && p.Kind == (short)kind);
        if (buckets is not null)
        {
            if (buckets.Count == 0)
            {
                return [];
            }

            rows = rows.Where(p => buckets.Contains(p.Bucket));
        }

        return await rows.ToDictionaryAsync(p => p.Bucket, p => p.Data, cancellationToken);
    }

    /// <summary>Parts read, by kind (each of <paramref name="kinds"/> present, perhaps empty) and bucket.</summary>
    public static Dictionary<KeptPartKind, Dictionary<int, byte[]>> ByKind(IReadOnlyCollection<KeptPartKind> kinds, IEnumerable<PartRow> rows)
    {
        var parts = kinds.ToDictionary(k => k, _ => new Dictionary<int, byte[]>());
        foreach (var row in rows)
        {
            parts[(KeptPartKind)row.Kind][row.Bucket] = row.Data;
        }

        return parts;
    }

    /// <summary>One part as read.</summary>
    public sealed record PartRow(short Kind, int Bucket, byte[] Data);

    /// <summary>Writes the state's dirty parts (all of them, and the removal of every other stored part, when
    /// <paramref name="replace"/>) and its header; marks the state clean.</summary>
    public static async Task StageStateAsync(AppDbContext db, int number, MailboxState state, bool replace, CancellationToken cancellationToken)
    {
        if (replace)
        {
            await db.KeptStateParts.Where(p => p.MailboxNumber == number).ExecuteDeleteAsync(cancellationToken);
        }

        var parts = new List<(KeptPartKind Kind, int Bucket, byte[] Data)>();
        parts.AddRange(state.DirtyEntryBuckets.Select(b => (KeptPartKind.Entries, b, StateCodec.WriteEntryBucket(state, b))));
        parts.AddRange(StateCodec.WriteDirtyItemBuckets(state).Select(p => (KeptPartKind.Items, p.Key, p.Value)));
        parts.AddRange(StateCodec.WriteDirtyConversationBuckets(state).Select(p => (KeptPartKind.Conversations, p.Key, p.Value)));
        var closed = new List<int>();
        foreach (var (bucket, data) in StateCodec.WriteOpenBuckets(state, state.DirtyOpenBuckets))
        {
            if (data is not null)
            {
                parts.Add((KeptPartKind.OpenConversations, bucket, data));
            }
            else if (!replace)
            {
                closed.Add(bucket);
            }
        }

        await UpsertPartsAsync(db, number, parts, cancellationToken);
        if (closed.Count > 0)
        {
            await db.KeptStateParts.Where(p => p.MailboxNumber == number && p.Kind == (short)KeptPartKind.OpenConversations && closed.Contains(p.Bucket))
                .ExecuteDeleteAsync(cancellationToken);
        }

        if (state.HeaderDirty || replace)
        {
            var header = StateCodec.WriteHeader(state);
            await db.KeptStates.Where(k => k.MailboxNumber == number)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.Header, header), cancellationToken);
        }

        state.MarkClean();
    }

    /// <summary>Writes parts (a bucket's row is rewritten whole; both providers take this upsert), many rows per
    /// statement.</summary>
    public static async Task UpsertPartsAsync(AppDbContext db, int number, IReadOnlyList<(KeptPartKind Kind, int Bucket, byte[] Data)> parts,
        CancellationToken cancellationToken)
    {
        for (var start = 0; start < parts.Count; start += RowsPerUpsert)
        {
            var rows = Math.Min(RowsPerUpsert, parts.Count - start);
            var sql = new StringBuilder("INSERT INTO kept_state_parts (mailbox_number, kind, bucket, data) VALUES ");
            var values = new object[(rows * 3) + 1];
            values[0] = number;
            for (var i = 0; i < rows; i++)
            {
                var (kind, bucket, data) = parts[start + i];
                var at = 1 + (i * 3);
                (values[at], values[at + 1], values[at + 2]) = ((short)kind, bucket, data);
                sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}({{0}}, {{{at}}}, {{{at + 1}}}, {{{at + 2}}})");
            }

            sql.Append(" ON CONFLICT (mailbox_number, kind, bucket) DO UPDATE SET data = excluded.data");
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, cancellationToken);
        }
    }

    /// <summary>The kept digests of a mailbox's result rows from its parts, or null when either is missing or unreadable.</summary>
    public static KeptDigests? ReadDigests(IReadOnlyDictionary<KeptPartKind, Dictionary<int, byte[]>> parts)
    {
        var relationships = ResultDigest.Read(parts[KeptPartKind.Relationships]);
        var suggestions = ResultDigest.Read(parts[KeptPartKind.Suggestions]);
        return relationships is null || suggestions is null ? null
            : new KeptDigests(relationships, suggestions, ResultDigest.ReadSummary(parts.GetValueOrDefault(KeptPartKind.Summary)));
    }

    /// <summary>Writes the digests' changed buckets (all of them when a digest is new), and the summary's hash when it moved.</summary>
    public static async Task WriteDigestsAsync(AppDbContext db, int number, StagedResults staged, CancellationToken cancellationToken)
    {
        var parts = new List<(KeptPartKind Kind, int Bucket, byte[] Data)>();
        foreach (var (kind, digest, buckets) in new[]
                 {
                     (KeptPartKind.Relationships, staged.Relationships, staged.RelationshipBuckets),
                     (KeptPartKind.Suggestions, staged.Suggestions, staged.SuggestionBuckets),
                 })
        {
            if (buckets is null)
            {
                // A new digest: any other bucket count's parts go.
                await db.KeptStateParts.Where(p => p.MailboxNumber == number && p.Kind == (short)kind).ExecuteDeleteAsync(cancellationToken);
            }

            parts.AddRange(digest.Write(buckets).Select(p => (kind, p.Key, p.Value)));
        }

        if (staged.SummaryMoved)
        {
            parts.Add((KeptPartKind.Summary, 0, ResultDigest.WriteSummary(staged.Summary)));
        }

        await UpsertPartsAsync(db, number, parts, cancellationToken);
    }

    /// <summary>Drops the digests of a mailbox's result rows and the hash of its summary: whatever writes those rows outside a night calls this in
    /// its transaction, and the next night reads every row again.</summary>
    public static Task<int> DropDigestsAsync(AppDbContext db, int number, CancellationToken cancellationToken) =>
        db.KeptStateParts.Where(p => p.MailboxNumber == number
                                     && (p.Kind == (short)KeptPartKind.Relationships || p.Kind == (short)KeptPartKind.Suggestions
                                         || p.Kind == (short)KeptPartKind.Summary))
            .ExecuteDeleteAsync(cancellationToken);

    /// <summary>Deletes the log rows a night folded in (those stamped up to <paramref name="seq"/>).</summary>
    public static Task<int> DeleteFoldedAsync(AppDbContext db, int number, long seq, CancellationToken cancellationToken) =>
        db.AnalysisChanges.Where(c => c.MailboxNumber == number && c.Seq <= seq).ExecuteDeleteAsync(cancellationToken);
}

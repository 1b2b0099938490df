using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.State;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Data.Kept;

/// <summary>
/// One mailbox's night on its kept state: reads the state's header and address entries, the change log and the current
/// content of the items it names, only the item and conversation buckets those need; folds them in
/// (<see cref="RelationshipEngine.Night"/>), and writes in one transaction the state's changed parts, the log rows it
/// folded and the result rows whose values moved. A night with nothing logged and nothing moved writes only the
/// summary's analysed-at time (none of the state, relationships or suggestions). The
/// mailbox is analysed from scratch (every stored message and meeting read, the state rebuilt and replaced) when it has
/// no kept state yet, when asked (a repair), or when the engine says so (its version or options changed, the owner
/// changed, the directory changed what a seen address is).
/// </summary>
public sealed class KeptNight(IAppDbContextFactory factory, MailboxMetadataStore metadata)
{
    /// <summary>The parts every night on the kept state reads: the entry buckets, the open conversations, the result
    /// digests and the summary's hash.</summary>
    private static readonly KeptPartKind[] NightKinds =
        [KeptPartKind.Entries, KeptPartKind.OpenConversations, KeptPartKind.Relationships, KeptPartKind.Suggestions, KeptPartKind.Summary];

    private static readonly short[] NightKindNumbers = [.. NightKinds.Select(k => (short)k)];

    public async Task<NightOutcome> RunAsync(MailboxKey mailbox, RelationshipEngine engine, MailboxOwner owner, DirectoryInfo directory,
        UserFeedback feedback, DateTimeOffset now, bool fromScratch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        await using var db = factory.CreateDbContext();
        // One connection for the whole night (its reads, the change sequence's raise, the transaction that writes).
        await db.Database.OpenConnectionAsync(cancellationToken);
        // The mailbox's number, its kept state's header, whether anything is logged for it and the parts every night
        // reads (of no use when the night turns out to be from scratch, and few): one query.
        var (t, u) = (mailbox.TenantId, mailbox.UserId);
        var kinds = NightKindNumbers;
        var found = await db.MailboxNumbers.AsNoTracking().Where(n => n.TenantId == t && n.UserId == u)
            .Select(n => new
            {
                n.Number,
                Header = db.KeptStates.Where(k => k.MailboxNumber == n.Number).Select(k => k.Header).FirstOrDefault(),
                Logged = db.AnalysisChanges.Any(c => c.MailboxNumber == n.Number),
                Parts = db.KeptStateParts.Where(p => p.MailboxNumber == n.Number && kinds.Contains(p.Kind))
                    .Select(p => new KeptStateRows.PartRow(p.Kind, p.Bucket, p.Data)).ToList(),
            }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            // Nothing synced: nothing to keep either.
            var empty = engine.Analyze(new MailboxInput(owner, [], [], directory), feedback, now);
            return await SaveAsync(db, mailbox, new NightWrite(null, null, null), empty, "nothing is stored for the mailbox", 0, cancellationToken);
        }

        var number = found.Number;
        var because = fromScratch ? "a full re-analysis was asked for" : found.Header is null ? "the mailbox has no kept state" : null;
        if (because is null)
        {
            var parts = KeptStateRows.ByKind(NightKinds, found.Parts);
            var (outcome, why) = await FoldAsync(db, mailbox, number, found.Header!, found.Logged, parts, engine, owner, directory, feedback,
                now, cancellationToken);
            if (outcome is not null)
            {
                return outcome;
            }

            because = why;
            db.ChangeTracker.Clear();
        }

        return await RebuildAsync(db, mailbox, number, because!, engine, owner, directory, feedback, now, cancellationToken);
    }

    private async Task<NightOutcome> RebuildAsync(AppDbContext db, MailboxKey mailbox, int number, string because, RelationshipEngine engine,
        MailboxOwner owner, DirectoryInfo directory, UserFeedback feedback, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The log starts (or goes on) before the messages are read: a change stored meanwhile is folded in next night.
        var seq = await KeptStateRows.RaiseChangeSeqAsync(db, number, cancellationToken);
        var (messages, meetings) = await metadata.LoadAsync(mailbox, cancellationToken);
        var (state, result) = engine.Build(new MailboxInput(owner, messages, meetings, directory), feedback, now);
        var write = new NightWrite(number, new StateWrite(state, Replace: true, seq), null);
        return await SaveAsync(db, mailbox, write, result, because, messages.Count + meetings.Count, cancellationToken);
    }

    private static async Task<(NightOutcome? Outcome, string? FromScratchBecause)> FoldAsync(AppDbContext db, MailboxKey mailbox, int number,
        byte[] header, bool logged, Dictionary<KeptPartKind, Dictionary<int, byte[]>> parts, RelationshipEngine engine, MailboxOwner owner,
        DirectoryInfo directory, UserFeedback feedback, DateTimeOffset now, CancellationToken cancellationToken)
    {
        MailboxState state;
        try
        {
            state = StateCodec.ReadHeader(header);
            foreach (var bytes in parts[KeptPartKind.Entries].Values)
            {
                StateCodec.ReadEntryBucket(state, bytes);
            }

            StateCodec.ReadOpenBuckets(state, parts[KeptPartKind.OpenConversations].Values);
        }
        catch (KeptStateMismatchException ex)
        {
            return (null, "the kept state cannot be read: " + ex.Message);
        }

        if (!StateCodec.HasAllEntries(state))
        {
            return (null, "the kept state lacks address entries");
        }

        long? seq = null;
        var changes = MailboxChanges.None;
        if (logged)
        {
            seq = await KeptStateRows.RaiseChangeSeqAsync(db, number, cancellationToken);
            changes = await ReadChangesAsync(db, number, seq.Value, cancellationToken);
            var keys = changes.Keys().ToList();
            var itemBuckets = keys.Select(state.ItemBucketOf).ToHashSet();
            var items = await KeptStateRows.ReadPartsAsync(db, number, KeptPartKind.Items, itemBuckets, cancellationToken);
            foreach (var bucket in itemBuckets)
            {
                StateCodec.ReadItemBucket(state, bucket, items.GetValueOrDefault(bucket) ?? []);
            }

            var conversationBuckets = state.ConversationsOf(keys).Concat(changes.ConversationIds()).Select(state.ConversationBucketOf).ToHashSet();
            var conversations = await KeptStateRows.ReadPartsAsync(db, number, KeptPartKind.Conversations, conversationBuckets, cancellationToken);
            foreach (var bucket in conversationBuckets)
            {
                StateCodec.ReadConversationBucket(state, bucket, conversations.GetValueOrDefault(bucket) ?? []);
            }
        }

        var (result, because) = engine.Night(state, changes, owner, directory, feedback, now);
        if (result is null)
        {
            return (null, because);
        }

        // With nothing logged only the state's instant moved: kept as it was, the next night settles it from there.
        var write = new NightWrite(number, seq is { } folded ? new StateWrite(state, Replace: false, folded) : null,
            KeptStateRows.ReadDigests(parts));
        var count = changes.Messages.Count + changes.Meetings.Count + changes.RemovedMessageIds.Count + changes.RemovedMeetingIds.Count;
        return (await SaveAsync(db, mailbox, write, result, null, count, cancellationToken, state), null);
    }

    private static async Task<MailboxChanges> ReadChangesAsync(AppDbContext db, int number, long seq, CancellationToken cancellationToken)
    {
        var logged = await db.AnalysisChanges.AsNoTracking().Where(c => c.MailboxNumber == number && c.Seq <= seq)
            .Select(c => new { c.Kind, c.Id }).ToListAsync(cancellationToken);
        var messageIds = logged.Where(c => c.Kind == 0).Select(c => c.Id).ToList();
        var meetingIds = logged.Where(c => c.Kind == 1).Select(c => c.Id).ToList();
        var (messages, meetings) = await MailboxMetadataStore.LoadItemsAsync(db, number, messageIds, meetingIds, cancellationToken);
        var present = messages.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var presentMeetings = meetings.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return new MailboxChanges(messages, meetings, messageIds.Where(id => !present.Contains(id)),
            meetingIds.Where(id => !presentMeetings.Contains(id)));
    }

    private static async Task<NightOutcome> SaveAsync(AppDbContext db, MailboxKey mailbox, NightWrite write, AnalysisResult result,
        string? because, int changes, CancellationToken cancellationToken, MailboxState? folded = null)
    {
        var state = write.State?.State ?? folded;
        var (messages, meetings) = (state?.MessageCount ?? 0, state?.MeetingCount ?? 0);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (write is { Number: { } number, State: { } kept })
        {
            await KeptStateRows.StageStateAsync(db, number, kept.State, kept.Replace, cancellationToken);
            await KeptStateRows.DeleteFoldedAsync(db, number, kept.Seq, cancellationToken);
        }

        var staged = await ResultRows.StageChangedAsync(db, mailbox, result, messages, meetings, write.Digests, cancellationToken);
        if (write.Number is { } mailboxNumber)
        {
            await KeptStateRows.WriteDigestsAsync(db, mailboxNumber, staged, cancellationToken);
        }

        if (!staged.AnalysedAtWritten)
        {
            await db.Mailboxes.Where(m => m.TenantId == mailbox.TenantId && m.UserId == mailbox.UserId)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastAnalysedAt, result.Now), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new NightOutcome(result, because, changes, staged.Moved, messages, meetings);
    }

    /// <summary>The kept state to write with a night's results, and the change sequence it folded up to.</summary>
    private sealed record StateWrite(MailboxState State, bool Replace, long Seq);

    /// <summary>What a night writes beside its results: for a mailbox with stored items (<paramref name="Number"/>), its
    /// kept state when it changed, and the result digests it read (null: every result row is read and the digests
    /// written anew).</summary>
    private sealed record NightWrite(int? Number, StateWrite? State, KeptDigests? Digests);
}

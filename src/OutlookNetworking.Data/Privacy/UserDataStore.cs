using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Data.Kept;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Privacy;

/// <summary>A user's rights over their data: export everything, erase everything and opt out, opt back in.</summary>
public sealed class UserDataStore(IAppDbContextFactory factory, TimeProvider time, OptOutMarkers markers)
{
    public async Task<UserDataExport> ExportAsync(MailboxKey mailbox, CancellationToken cancellationToken)
    {
        var (t, u) = (mailbox.TenantId, mailbox.UserId);
        await using var db = factory.CreateDbContext();
        var number = await MailboxNumbers.FindAsync(db, mailbox, cancellationToken);
        return new UserDataExport(
            await db.Mailboxes.AsNoTracking().SingleOrDefaultAsync(x => x.TenantId == t && x.UserId == u, cancellationToken),
            await db.MailMessages.AsNoTracking().Where(x => x.MailboxNumber == number).ToListAsync(cancellationToken),
            await db.Meetings.AsNoTracking().Where(x => x.MailboxNumber == number).ToListAsync(cancellationToken),
            await db.SyncCursors.AsNoTracking().Where(x => x.TenantId == t && x.UserId == u).ToListAsync(cancellationToken),
            await db.Relationships.AsNoTracking().Where(x => x.TenantId == t && x.UserId == u).ToListAsync(cancellationToken),
            await db.Suggestions.AsNoTracking().Where(x => x.TenantId == t && x.UserId == u).ToListAsync(cancellationToken),
            await db.MailboxAnalyses.AsNoTracking().SingleOrDefaultAsync(x => x.TenantId == t && x.UserId == u, cancellationToken),
            await db.SuggestionFeedback.AsNoTracking().Where(x => x.TenantId == t && x.UserId == u).ToListAsync(cancellationToken),
            await db.ContactPreferences.AsNoTracking().Where(x => x.TenantId == t && x.UserId == u).ToListAsync(cancellationToken),
            await db.DigestDispatches.AsNoTracking().Where(x => x.TenantId == t && x.UserId == u).ToListAsync(cancellationToken))
        {
            SeriesMasters = await db.SeriesMasters.AsNoTracking().Where(x => x.MailboxNumber == number).ToListAsync(cancellationToken),
            HealthSnapshots = await db.HealthSnapshots.AsNoTracking().Where(x => x.TenantId == t && x.UserId == u).ToListAsync(cancellationToken),
            UsedDigestLinks = await db.UsedDigestLinks.AsNoTracking().Where(x => x.TenantId == t && x.UserId == u).ToListAsync(cancellationToken),
            IntroductionOptIns = await db.IntroductionOptIns.AsNoTracking().Where(x => x.TenantId == t && x.UserId == u).ToListAsync(cancellationToken),
            IntroductionTies = await db.IntroductionTies.AsNoTracking().Where(x => x.TenantId == t && x.UserId == u).ToListAsync(cancellationToken),
            IntroductionAnswerCounts = await db.IntroductionAnswerCounts.AsNoTracking().Where(x => x.TenantId == t && x.UserId == u).ToListAsync(cancellationToken),
        };
    }

    /// <summary>
    /// Deletes every row about the user in one transaction and leaves only an opt-out marker that
    /// holds no id or address (a keyed one-way hash, <see cref="OptOutMarkers"/>), so future nights skip the mailbox.
    /// </summary>
    public async Task EraseAndOptOutAsync(MailboxKey mailbox, CancellationToken cancellationToken)
    {
        var (t, u) = (mailbox.TenantId, mailbox.UserId);
        var hash = await markers.OfAsync(t, u, cancellationToken); // before the transaction: it may create the key
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await MailboxRowLock.LockForDeleteAsync(db, factory.Provider, t, u, cancellationToken);
        if (await MailboxNumbers.FindAsync(db, mailbox, cancellationToken) is { } number)
        {
            await KeptStateRows.DeleteAsync(db, [number], cancellationToken);
            await db.MailMessages.Where(x => x.MailboxNumber == number).ExecuteDeleteAsync(cancellationToken);
            await db.Meetings.Where(x => x.MailboxNumber == number).ExecuteDeleteAsync(cancellationToken);
            await db.SeriesMasters.Where(x => x.MailboxNumber == number).ExecuteDeleteAsync(cancellationToken);
            await db.MailboxNumbers.Where(x => x.Number == number).ExecuteDeleteAsync(cancellationToken);
        }

        await db.SyncCursors.Where(x => x.TenantId == t && x.UserId == u).ExecuteDeleteAsync(cancellationToken);
        await db.Relationships.Where(x => x.TenantId == t && x.UserId == u).ExecuteDeleteAsync(cancellationToken);
        await db.Suggestions.Where(x => x.TenantId == t && x.UserId == u).ExecuteDeleteAsync(cancellationToken);
        await db.MailboxAnalyses.Where(x => x.TenantId == t && x.UserId == u).ExecuteDeleteAsync(cancellationToken);
        await db.SuggestionFeedback.Where(x => x.TenantId == t && x.UserId == u).ExecuteDeleteAsync(cancellationToken);
        await db.ContactPreferences.Where(x => x.TenantId == t && x.UserId == u).ExecuteDeleteAsync(cancellationToken);
        await db.DigestDispatches.Where(x => x.TenantId == t && x.UserId == u).ExecuteDeleteAsync(cancellationToken);
        await db.HealthSnapshots.Where(x => x.TenantId == t && x.UserId == u).ExecuteDeleteAsync(cancellationToken);
        await db.UsedDigestLinks.Where(x => x.TenantId == t && x.UserId == u).ExecuteDeleteAsync(cancellationToken);
        await IntroductionStore.DeleteUserAsync(db, t, u, cancellationToken);
        await db.Mailboxes.Where(x => x.TenantId == t && x.UserId == u).ExecuteDeleteAsync(cancellationToken);
        if (!await db.OptOuts.AnyAsync(o => o.TenantId == t && o.UserHash == hash, cancellationToken))
        {
            db.OptOuts.Add(new OptOutEntity { TenantId = t, UserHash = hash, At = time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Removes the opt-out marker; the next directory refresh brings the mailbox back.</summary>
    public async Task OptInAsync(MailboxKey mailbox, CancellationToken cancellationToken)
    {
        var hash = await markers.OfAsync(mailbox.TenantId, mailbox.UserId, cancellationToken);
        await using var db = factory.CreateDbContext();
        await db.OptOuts.Where(o => o.TenantId == mailbox.TenantId && o.UserHash == hash).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<bool> IsOptedOutAsync(MailboxKey mailbox, CancellationToken cancellationToken)
    {
        var hash = await markers.OfAsync(mailbox.TenantId, mailbox.UserId, cancellationToken);
        await using var db = factory.CreateDbContext();
        return await db.OptOuts.AnyAsync(o => o.TenantId == mailbox.TenantId && o.UserHash == hash, cancellationToken);
    }
}

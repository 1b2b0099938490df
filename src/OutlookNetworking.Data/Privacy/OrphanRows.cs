using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Kept;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Privacy;

/// <summary>
/// Finds and deletes rows whose tenant or mailbox is gone (offboarded, erased) but which something wrote anyway, e.g.
/// an analysis that finished after the deletion. A mailbox row is deleted only by erasure and offboarding (a user the
/// directory no longer lists is marked removed, not deleted), so a per-user row without its mailbox row is an orphan.
/// The audit log is kept (its rows outlive the tenant by design, until retention); so are opt-out markers of a
/// consented tenant.
/// </summary>
public sealed class OrphanRows(IAppDbContextFactory factory)
{
    /// <summary>Deletes every orphan row in one transaction; returns how many rows went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tenants = db.Tenants.Select(t => t.TenantId);
        var deleted = await db.Mailboxes.Where(m => !tenants.Contains(m.TenantId)).ExecuteDeleteAsync(cancellationToken);
        deleted += await db.OptOuts.Where(o => !tenants.Contains(o.TenantId)).ExecuteDeleteAsync(cancellationToken);
        deleted += await db.IntroductionSettings.Where(o => !tenants.Contains(o.TenantId)).ExecuteDeleteAsync(cancellationToken);

        var orphanNumbers = await db.MailboxNumbers
            .Where(n => !db.Mailboxes.Any(m => m.TenantId == n.TenantId && m.UserId == n.UserId))
            .Select(n => n.Number).ToListAsync(cancellationToken);
        if (orphanNumbers.Count > 0)
        {
            // Metadata rows are keyed by mailbox number (deleted by the key's prefix, no scan of the big tables).
            await KeptStateRows.DeleteAsync(db, orphanNumbers, cancellationToken);
            deleted += await db.MailMessages.Where(x => orphanNumbers.Contains(x.MailboxNumber)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.Meetings.Where(x => orphanNumbers.Contains(x.MailboxNumber)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.SeriesMasters.Where(x => orphanNumbers.Contains(x.MailboxNumber)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.MailboxNumbers.Where(x => orphanNumbers.Contains(x.Number)).ExecuteDeleteAsync(cancellationToken);
        }

        var mailboxes = db.Mailboxes;
        deleted += await db.SyncCursors.Where(x => !mailboxes.Any(m => m.TenantId == x.TenantId && m.UserId == x.UserId)).ExecuteDeleteAsync(cancellationToken);
        deleted += await db.Relationships.Where(x => !mailboxes.Any(m => m.TenantId == x.TenantId && m.UserId == x.UserId)).ExecuteDeleteAsync(cancellationToken);
        deleted += await db.Suggestions.Where(x => !mailboxes.Any(m => m.TenantId == x.TenantId && m.UserId == x.UserId)).ExecuteDeleteAsync(cancellationToken);
        deleted += await db.MailboxAnalyses.Where(x => !mailboxes.Any(m => m.TenantId == x.TenantId && m.UserId == x.UserId)).ExecuteDeleteAsync(cancellationToken);
        deleted += await db.SuggestionFeedback.Where(x => !mailboxes.Any(m => m.TenantId == x.TenantId && m.UserId == x.UserId)).ExecuteDeleteAsync(cancellationToken);
        deleted += await db.ContactPreferences.Where(x => !mailboxes.Any(m => m.TenantId == x.TenantId && m.UserId == x.UserId)).ExecuteDeleteAsync(cancellationToken);
        deleted += await db.DigestDispatches.Where(x => !mailboxes.Any(m => m.TenantId == x.TenantId && m.UserId == x.UserId)).ExecuteDeleteAsync(cancellationToken);
        deleted += await db.HealthSnapshots.Where(x => !mailboxes.Any(m => m.TenantId == x.TenantId && m.UserId == x.UserId)).ExecuteDeleteAsync(cancellationToken);
        deleted += await db.IntroductionTies.Where(x => !mailboxes.Any(m => m.TenantId == x.TenantId && m.UserId == x.UserId)).ExecuteDeleteAsync(cancellationToken);
        deleted += await db.IntroductionOptIns.Where(x => !mailboxes.Any(m => m.TenantId == x.TenantId && m.UserId == x.UserId)).ExecuteDeleteAsync(cancellationToken);
        deleted += await db.IntroductionAnswerCounts.Where(x => !mailboxes.Any(m => m.TenantId == x.TenantId && m.UserId == x.UserId)).ExecuteDeleteAsync(cancellationToken);
        deleted += await db.UsedDigestLinks.Where(x => !mailboxes.Any(m => m.TenantId == x.TenantId && m.UserId == x.UserId)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}

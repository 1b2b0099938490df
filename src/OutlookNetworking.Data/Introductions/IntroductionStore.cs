using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;

namespace OutlookNetworking.Data.Introductions;

/// <summary>
/// Warm introductions' storage: the organisation's switch, each person's opt-in, the lookup in the index built by the
/// night (<see cref="IntroductionIndexRows"/>), and the per-asker count of answers (the audit). Every read is scoped by
/// tenant; the lookup is the one read of other users' rows in the product, and it returns names only of colleagues who
/// opted in.
/// </summary>
public sealed class IntroductionStore(IAppDbContextFactory factory, TimeProvider time)
{
    public async Task<bool> IsEnabledAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.IntroductionSettings.AsNoTracking()
            .AnyAsync(s => s.TenantId == tenantId && s.Enabled, cancellationToken);
    }

    /// <summary>Turns the organisation's switch on or off; false when it already was so.</summary>
    public async Task<bool> SetEnabledAsync(Guid tenantId, bool enabled, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.IntroductionSettings.SingleOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken);
        if ((row?.Enabled ?? false) == enabled)
        {
            return false;
        }

        if (row is null)
        {
            row = new IntroductionSettingEntity { TenantId = tenantId };
            db.IntroductionSettings.Add(row);
        }

        row.Enabled = enabled;
        row.ChangedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> IsDiscoverableAsync(MailboxKey key, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.IntroductionOptIns.AsNoTracking()
            .AnyAsync(o => o.TenantId == key.TenantId && o.UserId == key.UserId, cancellationToken);
    }

    /// <summary>Records or removes the person's opt-in (idempotent; concurrent opt-ins of the same person are one).</summary>
    public async Task SetDiscoverableAsync(MailboxKey key, bool discoverable, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        if (!discoverable)
        {
            await db.IntroductionOptIns.Where(o => o.TenantId == key.TenantId && o.UserId == key.UserId).ExecuteDeleteAsync(cancellationToken);
            return;
        }

        if (await db.IntroductionOptIns.AnyAsync(o => o.TenantId == key.TenantId && o.UserId == key.UserId, cancellationToken))
        {
            return;
        }

        db.IntroductionOptIns.Add(new IntroductionOptInEntity { TenantId = key.TenantId, UserId = key.UserId, At = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request opted the same person in at the same moment: that is the outcome asked for.
            if (!await IsDiscoverableAsync(key, cancellationToken))
            {
                throw;
            }
        }
    }

    /// <summary>
    /// One indexed read of the tenant's index (the digest's lines): the rows of <paramref name="addresses"/> (by the key's prefix) and of
    /// every contact at <paramref name="domains"/> (by the domain index), each with whether its colleague is
    /// discoverable now (opted in, in the directory); names and mails only for those who are.
    /// </summary>
    public async Task<IReadOnlyList<IntroductionTieRow>> FindAsync(Guid tenantId, IReadOnlyCollection<string> addresses,
        IReadOnlyCollection<string> domains, CancellationToken cancellationToken)
    {
        if (addresses.Count == 0 && domains.Count == 0)
        {
            return [];
        }

        await using var db = factory.CreateDbContext();
        var query =
            from tie in db.IntroductionTies.AsNoTracking()
            where tie.TenantId == tenantId && (addresses.Contains(tie.ContactAddress) || domains.Contains(tie.ContactDomain))
            join mailbox in db.Mailboxes.AsNoTracking() on new { tie.TenantId, tie.UserId } equals new { mailbox.TenantId, mailbox.UserId }
            let discoverable = !mailbox.Removed
                               && db.IntroductionOptIns.Any(o => o.TenantId == tie.TenantId && o.UserId == tie.UserId)
            select new IntroductionTieRow(tie.UserId, tie.ContactAddress, tie.ContactDomain, tie.Strength, tie.LastContact,
                discoverable, discoverable ? mailbox.DisplayName : null, discoverable ? mailbox.Mail : null);
        return await query.ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The whole of one answer's reading: the organisation's switch and the asker's own opt-in (both as they are now, so a
    /// change shows in the very next answer), the organisation's own domains, and the rows of the tenant's index for
    /// <paramref name="addresses"/> (by the key's prefix), each joined to its colleague's mailbox and opt-in (discoverable
    /// now: opted in, in the directory; names and mails only for those who are); then, only for the addresses that no
    /// discoverable colleague other than the asker knows, the rows of every other contact at their domain when it is one
    /// of <paramref name="domains"/> and not the organisation's own (by the domain index: the company answer). Null when
    /// the switch is off or the asker has not opted in (no row of the index is read then); <see cref="IsEnabledAsync"/>
    /// tells which. One hand-written statement, two when a company answer is needed: <see cref="IntroductionLookupQuery"/>.
    /// </summary>
    public async Task<IntroductionLookup?> LookUpAsync(MailboxKey asker, IReadOnlyCollection<string> addresses,
        IReadOnlyCollection<string> domains, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await IntroductionLookupQuery.RunAsync(db, asker, addresses, domains, cancellationToken);
    }

    /// <summary>Counts one answer for the asker today (UTC); nothing of what was asked is stored.</summary>
    public Task CountAnswerAsync(MailboxKey asker, CancellationToken cancellationToken) =>
        AddAnswersAsync(new IntroductionAnswers(asker,
            time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 1), cancellationToken);

    /// <summary>
    /// Adds answers to the asker's count of that day (the flush of <see cref="IntroductionAnswerTally"/>); nothing when
    /// the asker's mailbox is gone (erased, offboarded), so a late flush never brings back an erased person's rows.
    /// </summary>
    public async Task AddAnswersAsync(IntroductionAnswers answers, CancellationToken cancellationToken)
    {
        var ((t, u), day, n) = (answers.Asker, answers.Day, answers.Answers);
        await using var db = factory.CreateDbContext();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (await db.IntroductionAnswerCounts
                    .Where(c => c.TenantId == t && c.UserId == u && c.Day == day)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Answers, c => c.Answers + n), cancellationToken) > 0)
            {
                return;
            }

            if (!await db.Mailboxes.AnyAsync(m => m.TenantId == t && m.UserId == u, cancellationToken))
            {
                return;
            }

            db.IntroductionAnswerCounts.Add(new IntroductionAnswerCountEntity { TenantId = t, UserId = u, Day = day, Answers = n });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear(); // another instance inserted the day's row first: add to it
            }
        }
    }

    /// <summary>The asker's answers per day, newest first (the audit's view; the user's export).</summary>
    public async Task<IReadOnlyList<IntroductionAnswerCountEntity>> ListAnswerCountsAsync(MailboxKey asker, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.IntroductionAnswerCounts.AsNoTracking()
            .Where(c => c.TenantId == asker.TenantId && c.UserId == asker.UserId).ToListAsync(cancellationToken);
        return rows.OrderByDescending(c => c.Day, StringComparer.Ordinal).ToList();
    }

    /// <summary>Deletes the person's index rows, opt-in and answer counts (erasure), within the caller's transaction.</summary>
    internal static async Task DeleteUserAsync(AppDbContext db, Guid tenantId, Guid userId, CancellationToken cancellationToken)
    {
        await db.IntroductionTies.Where(x => x.TenantId == tenantId && x.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.IntroductionOptIns.Where(x => x.TenantId == tenantId && x.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.IntroductionAnswerCounts.Where(x => x.TenantId == tenantId && x.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Deletes every introductions row of the tenant (offboarding), within the caller's transaction.</summary>
    internal static async Task DeleteTenantAsync(AppDbContext db, Guid tenantId, CancellationToken cancellationToken)
    {
        await db.IntroductionTies.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.IntroductionOptIns.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.IntroductionAnswerCounts.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.IntroductionSettings.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
    }
}

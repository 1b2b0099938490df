using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Mailboxes;

/// <summary>The mailboxes of each tenant, their settings and their sync health.</summary>
public sealed class MailboxStore(IAppDbContextFactory factory, TimeProvider time, OptOutMarkers markers)
{
    public async Task<MailboxEntity?> FindAsync(MailboxKey mailbox, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Mailboxes.AsNoTracking()
            .SingleOrDefaultAsync(m => m.TenantId == mailbox.TenantId && m.UserId == mailbox.UserId, cancellationToken);
    }

    /// <summary>The mailbox and its user's goals (what an analysis reads of their feedback: <see cref="ContactGoal"/>s by
    /// contact address), in one query; null when the mailbox is not known.</summary>
    public async Task<(MailboxEntity Mailbox, IReadOnlyDictionary<string, ContactGoal> Goals)?> FindWithGoalsAsync(MailboxKey mailbox,
        CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var (t, u) = (mailbox.TenantId, mailbox.UserId);
        var found = await db.Mailboxes.AsNoTracking().Where(m => m.TenantId == t && m.UserId == u)
            .Select(m => new
            {
                Mailbox = m,
                Goals = db.ContactPreferences.Where(p => p.TenantId == m.TenantId && p.UserId == m.UserId && p.GoalTag != null).ToList(),
            }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Mailbox, ContactPreferenceEntity.GoalsOf(found.Goals));
    }

    public async Task<IReadOnlyList<MailboxEntity>> ListAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Mailboxes.AsNoTracking().Where(m => m.TenantId == tenantId)
            .OrderBy(m => m.DisplayName).ThenBy(m => m.UserId).ToListAsync(cancellationToken);
    }

    /// <summary>Mailboxes the nightly run syncs: people (not rooms, shared or equipment, not guests: a guest's mailbox
    /// is in their own organisation), present in the directory, with a mail address, readable (not out of scope).</summary>
    public async Task<IReadOnlyList<MailboxEntity>> ListSyncableAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await People(db, tenantId).Where(m => m.Access == MailboxAccess.Readable)
            .OrderBy(m => m.UserId).ToListAsync(cancellationToken);
    }

    /// <summary>People's mailboxes Graph would not let the app read (out of scope, graph-fidelity GF-12), by name.</summary>
    public async Task<IReadOnlyList<MailboxEntity>> ListOutOfScopeAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await People(db, tenantId).Where(m => m.Access != MailboxAccess.Readable)
            .OrderBy(m => m.DisplayName).ThenBy(m => m.UserId).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Records that Graph would not read the mailbox. Returns true when it was readable until now (the caller reports
    /// it once), false when it was already out of scope (only the check time moves).
    /// </summary>
    public async Task<bool> RecordOutOfScopeAsync(MailboxKey mailbox, MailboxAccess access, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (access == MailboxAccess.Readable)
        {
            throw new ArgumentOutOfRangeException(nameof(access), access, "Out of scope means not readable.");
        }

        var changed = false;
        await UpdateAsync(mailbox, m =>
        {
            changed = m.Access != access;
            if (m.Access == MailboxAccess.Readable)
            {
                m.OutOfScopeSince = at;
            }

            m.Access = access;
            m.AccessCheckedAt = at;
            m.ConsecutiveFailures = 0;
            m.LastFailure = null;
        }, cancellationToken);
        return changed;
    }

    /// <summary>Every out-of-scope mailbox of the tenant is tried again at its next night (consent was granted again:
    /// the app's permissions or scope may have changed).</summary>
    public async Task ResetOutOfScopeAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await db.Mailboxes.Where(m => m.TenantId == tenantId && m.Access != MailboxAccess.Readable)
            .ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Access, MailboxAccess.Readable)
                .SetProperty(m => m.AccessCheckedAt, (DateTimeOffset?)null)
                .SetProperty(m => m.OutOfScopeSince, (DateTimeOffset?)null), cancellationToken);
    }

    private static IQueryable<MailboxEntity> People(AppDbContext db, Guid tenantId) =>
        db.Mailboxes.AsNoTracking()
            .Where(m => m.TenantId == tenantId && !m.Removed && m.Mail != "" && !m.IsGuest
                        && (m.Purpose == MailboxPurpose.User || m.Purpose == MailboxPurpose.Unknown));

    /// <summary>
    /// Brings the tenant's mailbox list in line with the directory: new users added, changed ones
    /// updated (settings kept), users no longer listed marked removed. Users who opted out are not
    /// recorded at all.
    /// </summary>
    public async Task UpsertDirectoryAsync(Guid tenantId, IReadOnlyList<DirectoryUser> users, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        await using var db = factory.CreateDbContext();
        var optOuts = (await db.OptOuts.AsNoTracking().Where(o => o.TenantId == tenantId).Select(o => o.UserHash)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var existing = await db.Mailboxes.Where(m => m.TenantId == tenantId).ToDictionaryAsync(m => m.UserId, cancellationToken);
        var seen = new HashSet<Guid>();
        foreach (var user in users)
        {
            if (optOuts.Contains(await markers.OfAsync(tenantId, user.UserId, cancellationToken)) || !seen.Add(user.UserId))
            {
                continue;
            }

            if (!existing.TryGetValue(user.UserId, out var row))
            {
                row = new MailboxEntity { TenantId = tenantId, UserId = user.UserId };
                db.Mailboxes.Add(row);
            }

            var before = (row.Mail, row.UserPrincipalName, row.Aliases, row.Purpose, row.IsGuest, row.Removed);
            row.Mail = user.Mail.Trim().ToLowerInvariant();
            row.UserPrincipalName = user.UserPrincipalName;
            row.DisplayName = user.DisplayName;
            row.Aliases = string.Join(',', user.Aliases.Select(a => a.Trim().ToLowerInvariant())
                .Where(a => a.Length > 0 && a != row.Mail).Distinct().Order(StringComparer.Ordinal));
            row.TimeZone = user.TimeZone;
            row.WorkingDays = user.WorkingDays;
            row.Purpose = user.Purpose;
            row.IsGuest = user.IsGuest;
            row.Removed = false;
            ApplyDirectoryAccess(row, user, before != (row.Mail, row.UserPrincipalName, row.Aliases, row.Purpose, row.IsGuest, row.Removed), at);
        }

        foreach (var row in existing.Values.Where(r => !seen.Contains(r.UserId)))
        {
            row.Removed = true;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// What the directory says about a mailbox's readability: settings that answered 404 MailboxNotEnabledForRESTAPI
    /// mark it as having no Exchange Online mailbox; a directory change (address, aliases, kind, guest, back from
    /// removed) or settings that answer again make an out-of-scope mailbox worth trying at the next night.
    /// </summary>
    private static void ApplyDirectoryAccess(MailboxEntity row, DirectoryUser user, bool changed, DateTimeOffset at)
    {
        if (user.HasExchangeMailbox == false)
        {
            row.OutOfScopeSince = row.Access == MailboxAccess.Readable ? at : row.OutOfScopeSince;
            row.Access = MailboxAccess.NoExchangeMailbox;
            row.AccessCheckedAt = at;
        }
        else if (row.Access != MailboxAccess.Readable
                 && (changed || (row.Access == MailboxAccess.NoExchangeMailbox && user.HasExchangeMailbox == true)))
        {
            row.Access = MailboxAccess.Readable;
            row.AccessCheckedAt = null;
            row.OutOfScopeSince = null;
        }
    }

    public Task SetDigestAsync(MailboxKey mailbox, bool enabled, int hour, CancellationToken cancellationToken) =>
        UpdateAsync(mailbox, m => { m.DigestEnabled = enabled; m.DigestHour = hour; }, cancellationToken);

    public Task RecordSyncSuccessAsync(MailboxKey mailbox, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateAsync(mailbox, m =>
        {
            m.LastSyncedAt = at;
            m.ConsecutiveFailures = 0;
            m.LastFailure = null;
            m.Access = MailboxAccess.Readable;
            m.AccessCheckedAt = null;
            m.OutOfScopeSince = null;
        }, cancellationToken);

    public Task RecordSyncFailureAsync(MailboxKey mailbox, string reason, CancellationToken cancellationToken) =>
        UpdateAsync(mailbox, m =>
        {
            m.ConsecutiveFailures++;
            m.LastFailure = reason.Length > 1000 ? reason[..1000] : reason;
        }, cancellationToken);

    public Task RecordFoldersDiscoveredAsync(MailboxKey mailbox, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateAsync(mailbox, m => m.FoldersDiscoveredAt = at, cancellationToken);

    public Task RecordAnalysedAsync(MailboxKey mailbox, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateAsync(mailbox, m => m.LastAnalysedAt = at, cancellationToken);

    /// <summary>Splits the stored alias list.</summary>
    public static IReadOnlyList<string> SplitAliases(string aliases) =>
        aliases.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private async Task UpdateAsync(MailboxKey mailbox, Action<MailboxEntity> change, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Mailboxes.SingleOrDefaultAsync(
            m => m.TenantId == mailbox.TenantId && m.UserId == mailbox.UserId, cancellationToken);
        if (row is null)
        {
            return;
        }

        change(row);
        await db.SaveChangesAsync(cancellationToken);
    }
}

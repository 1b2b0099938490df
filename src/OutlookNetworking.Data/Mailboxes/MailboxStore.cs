using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Mailboxes;

/// <summary>The mailboxes of each tenant, their settings and their sync health.</summary>
public sealed class MailboxStore(IAppDbContextFactory factory)
{
    public async Task<MailboxEntity?> FindAsync(MailboxKey mailbox, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Mailboxes.AsNoTracking()
            .SingleOrDefaultAsync(m => m.TenantId == mailbox.TenantId && m.UserId == mailbox.UserId, cancellationToken);
    }

    public async Task<IReadOnlyList<MailboxEntity>> ListAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Mailboxes.AsNoTracking().Where(m => m.TenantId == tenantId)
            .OrderBy(m => m.DisplayName).ThenBy(m => m.UserId).ToListAsync(cancellationToken);
    }

    /// <summary>Mailboxes the nightly run syncs: people (not rooms, shared or equipment), present in
    /// the directory, with a mail address.</summary>
    public async Task<IReadOnlyList<MailboxEntity>> ListSyncableAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Mailboxes.AsNoTracking()
            .Where(m => m.TenantId == tenantId && !m.Removed && m.Mail != ""
                        && (m.Purpose == MailboxPurpose.User || m.Purpose == MailboxPurpose.Unknown))
            .OrderBy(m => m.UserId).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Brings the tenant's mailbox list in line with the directory: new users added, changed ones
    /// updated (settings kept), users no longer listed marked removed. Users who opted out are not
    /// recorded at all.
    /// </summary>
    public async Task UpsertDirectoryAsync(Guid tenantId, IReadOnlyList<DirectoryUser> users, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var optOuts = (await db.OptOuts.AsNoTracking().Where(o => o.TenantId == tenantId).Select(o => o.UserHash)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var existing = await db.Mailboxes.Where(m => m.TenantId == tenantId).ToDictionaryAsync(m => m.UserId, cancellationToken);
        var seen = new HashSet<Guid>();
        foreach (var user in users)
        {
            if (optOuts.Contains(OptOutHash.Of(tenantId, user.UserId)) || !seen.Add(user.UserId))
            {
                continue;
            }

            if (!existing.TryGetValue(user.UserId, out var row))
            {
                row = new MailboxEntity { TenantId = tenantId, UserId = user.UserId };
                db.Mailboxes.Add(row);
            }

            row.Mail = user.Mail.Trim().ToLowerInvariant();
            row.UserPrincipalName = user.UserPrincipalName;
            row.DisplayName = user.DisplayName;
            row.Aliases = string.Join(',', user.Aliases.Select(a => a.Trim().ToLowerInvariant())
                .Where(a => a.Length > 0 && a != row.Mail).Distinct().Order(StringComparer.Ordinal));
            row.TimeZone = user.TimeZone;
            row.Purpose = user.Purpose;
            row.IsGuest = user.IsGuest;
            row.Removed = false;
        }

        foreach (var row in existing.Values.Where(r => !seen.Contains(r.UserId)))
        {
            row.Removed = true;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task SetDigestAsync(MailboxKey mailbox, bool enabled, int hour, CancellationToken cancellationToken) =>
        UpdateAsync(mailbox, m => { m.DigestEnabled = enabled; m.DigestHour = hour; }, cancellationToken);

    public Task RecordSyncSuccessAsync(MailboxKey mailbox, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateAsync(mailbox, m => { m.LastSyncedAt = at; m.ConsecutiveFailures = 0; m.LastFailure = null; }, cancellationToken);

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

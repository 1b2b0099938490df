using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Data.Kept;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Tenants;

/// <summary>Consented organisations.</summary>
public sealed class TenantStore(IAppDbContextFactory factory)
{
    public async Task<TenantEntity?> FindAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.TenantId == tenantId, cancellationToken);
    }

    public async Task<IReadOnlyList<TenantEntity>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Tenants.AsNoTracking().OrderBy(t => t.DisplayName).ToListAsync(cancellationToken);
    }

    /// <summary>Records a consented tenant. Idempotent: returns false (and changes nothing but the
    /// name and domains) when the tenant is already recorded.</summary>
    public async Task<bool> RecordConsentAsync(Guid tenantId, string displayName, IEnumerable<string> domains,
        string? timeZone, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var existing = await db.Tenants.SingleOrDefaultAsync(t => t.TenantId == tenantId, cancellationToken);
        var domainList = JoinDomains(domains);
        if (existing is not null)
        {
            existing.DisplayName = displayName;
            if (domainList.Length > 0)
            {
                existing.Domains = domainList;
            }

            await db.SaveChangesAsync(cancellationToken);
            return false;
        }

        db.Tenants.Add(new TenantEntity
        {
            TenantId = tenantId, DisplayName = displayName, Domains = domainList, TimeZone = timeZone, ConsentedAt = at,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance recorded it at the same moment: that is the idempotent outcome.
            return false;
        }
    }

    public async Task UpdateDirectoryAsync(Guid tenantId, string? displayName, IEnumerable<string> domains, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var tenant = await db.Tenants.SingleAsync(t => t.TenantId == tenantId, cancellationToken);
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            tenant.DisplayName = displayName;
        }

        var domainList = JoinDomains(domains);
        if (domainList.Length > 0)
        {
            tenant.Domains = domainList;
        }

        tenant.LastDirectorySyncAt = at;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets the tenant's time zone (its night runs in it); false when unchanged or the tenant is unknown.</summary>
    public async Task<bool> SetTimeZoneAsync(Guid tenantId, string timeZone, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.TenantId == tenantId, cancellationToken);
        if (tenant is null || tenant.TimeZone == timeZone)
        {
            return false;
        }

        tenant.TimeZone = timeZone;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task MarkNightAsync(Guid tenantId, DateTimeOffset? startedAt, DateTimeOffset? completedAt,
        CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.TenantId == tenantId, cancellationToken);
        if (tenant is null)
        {
            return;
        }

        tenant.LastNightStartedAt = startedAt ?? tenant.LastNightStartedAt;
        tenant.LastNightCompletedAt = completedAt ?? tenant.LastNightCompletedAt;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Offboarding: deletes the tenant and every row of every table that belongs to it.</summary>
    public async Task DeleteAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await MailboxRowLock.LockForDeleteAsync(db, factory.Provider, tenantId, null, cancellationToken);
        var numbers = db.MailboxNumbers.Where(n => n.TenantId == tenantId).Select(n => n.Number);
        await KeptStateRows.DeleteAsync(db, await numbers.ToListAsync(cancellationToken), cancellationToken);
        await db.MailMessages.Where(x => numbers.Contains(x.MailboxNumber)).ExecuteDeleteAsync(cancellationToken);
        await db.Meetings.Where(x => numbers.Contains(x.MailboxNumber)).ExecuteDeleteAsync(cancellationToken);
        await db.SeriesMasters.Where(x => numbers.Contains(x.MailboxNumber)).ExecuteDeleteAsync(cancellationToken);
        await db.MailboxNumbers.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.SyncCursors.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.Relationships.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.Suggestions.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.MailboxAnalyses.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.SuggestionFeedback.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.ContactPreferences.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.DigestDispatches.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.HealthSnapshots.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.UsedDigestLinks.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.OptOuts.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await IntroductionStore.DeleteTenantAsync(db, tenantId, cancellationToken);
        await db.Mailboxes.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.Tenants.Where(x => x.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public static IReadOnlyList<string> SplitDomains(string domains) =>
        domains.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string JoinDomains(IEnumerable<string> domains) =>
        string.Join(',', domains.Select(d => d.Trim().ToLowerInvariant()).Where(d => d.Length > 0).Distinct().Order(StringComparer.Ordinal));
}

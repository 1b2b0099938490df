using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Data.Tenants;

/// <summary>Tombstones of offboarded tenants (table <c>tenant_tombstones</c>).</summary>
public sealed class TenantTombstoneStore(IAppDbContextFactory factory)
{
    /// <summary>Records (or keeps) the tenant's tombstone.</summary>
    public async Task AddAsync(Guid tenantId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        if (await db.TenantTombstones.AnyAsync(t => t.TenantId == tenantId, cancellationToken))
        {
            return;
        }

        db.TenantTombstones.Add(new TenantTombstoneEntity { TenantId = tenantId, OffboardedAt = at });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Recorded at the same moment by another instance: the tombstone is there, which is all that matters.
        }
    }

    public async Task<TenantTombstoneEntity?> FindAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.TenantTombstones.AsNoTracking().SingleOrDefaultAsync(t => t.TenantId == tenantId, cancellationToken);
    }

    /// <summary>Removes the tenant's tombstone; false when there was none.</summary>
    public async Task<bool> ClearAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.TenantTombstones.Where(t => t.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}

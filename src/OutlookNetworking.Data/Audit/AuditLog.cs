using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Data.Audit;

/// <summary>Append-only log of admin and consent actions.</summary>
public sealed class AuditLog(IAppDbContextFactory factory, TimeProvider time)
{
    public async Task AppendAsync(Guid? tenantId, string actor, string action, string? detail, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        db.AuditEntries.Add(new AuditEntryEntity
        {
            TenantId = tenantId, At = time.GetUtcNow(), Actor = actor, Action = action,
            Detail = detail is { Length: > 2000 } ? detail[..2000] : detail,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntryEntity>> ListAsync(Guid? tenantId, int take, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.TenantId == tenantId)
            .OrderByDescending(a => a.Id).Take(take).ToListAsync(cancellationToken);
        return rows;
    }
}

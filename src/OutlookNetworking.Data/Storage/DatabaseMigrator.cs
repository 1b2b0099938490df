using Microsoft.EntityFrameworkCore;

namespace OutlookNetworking.Data.Storage;

/// <summary>Applies the provider's migrations, so an upgrade keeps the data.</summary>
public sealed class DatabaseMigrator(IAppDbContextFactory factory)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Whether the database answers and has no pending migration.</summary>
    public async Task<bool> IsCurrentAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Database.CanConnectAsync(cancellationToken)
            && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
    }
}

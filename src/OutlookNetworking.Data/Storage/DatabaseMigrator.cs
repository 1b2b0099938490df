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
}

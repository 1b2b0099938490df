using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Web.Hosting;

/// <summary>Applies pending migrations (when <see cref="StorageOptions.MigrateOnStart"/>) before any other
/// hosted service starts, so jobs and seeders find the schema they expect.</summary>
internal sealed class StorageMigrationHostedService(DatabaseMigrator migrator, IOptions<StorageOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStart)
        {
            await migrator.MigrateAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

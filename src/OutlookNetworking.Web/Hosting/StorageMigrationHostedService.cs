using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Web.Hosting;

/// <summary>Applies pending migrations (when <see cref="StorageOptions.MigrateOnStart"/>) before any other
/// hosted service starts, so jobs and seeders find the schema they expect; then carries opt-out markers of the earlier,
/// unkeyed form over to the keyed one (<see cref="OptOutMarkers"/>: here, where the key is protected by data protection).</summary>
internal sealed class StorageMigrationHostedService(DatabaseMigrator migrator, OptOutMarkers markers, IOptions<StorageOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStart)
        {
            await migrator.MigrateAsync(cancellationToken);
        }

        await markers.CarryOverLegacyAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

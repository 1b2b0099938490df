using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Web.Hosting;

/// <summary>Applies pending migrations (when <see cref="StorageOptions.MigrateOnStart"/>) before any other
/// hosted service starts, so jobs and seeders find the schema they expect; then carries opt-out markers of the earlier,
/// unkeyed form over to the keyed one (<see cref="OptOutMarkers"/>: here, where the key is protected by data protection).
/// Without <see cref="StorageOptions.MigrateOnStart"/> a database that cannot be reached or still waits for its
/// <c>migrate</c> step does not stop the host (<c>/readyz</c> says what is wrong); the carry-over then waits for the
/// first start on the migrated database.</summary>
internal sealed partial class StorageMigrationHostedService(
    DatabaseMigrator migrator,
    OptOutMarkers markers,
    IOptions<StorageOptions> options,
    ILogger<StorageMigrationHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStart)
        {
            await migrator.MigrateAsync(cancellationToken);
        }
        else if (!await migrator.IsCurrentAsync(cancellationToken))
        {
            LogNotCurrent(logger);
            return;
        }

        await markers.CarryOverLegacyAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database cannot be reached or has pending migrations (Storage:MigrateOnStart is false): "
        + "run 'dotnet OutlookNetworking.Web.dll migrate'; opt-out markers are carried over at the first start after it")]
    private static partial void LogNotCurrent(ILogger logger);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

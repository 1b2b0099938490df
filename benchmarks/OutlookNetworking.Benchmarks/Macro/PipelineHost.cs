using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Graph;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.Graph.Sync;
using OutlookNetworking.Cli.Commands;
using OutlookNetworking.Web.Features.DirectorySync;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// The product's sync-and-analyse pipeline (<see cref="HostingExtensions.AddPipelineServices"/>, as the host and the
/// <c>analyze</c> command compose it) on a fresh SQLite file, pointed at a Graph simulator, the tenant consented and its
/// directory read. Building it is set-up; what the benchmarks time is the work done with it.
/// </summary>
internal sealed class PipelineHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PipelineHost(ServiceProvider services, TenantFacts tenant)
    {
        _services = services;
        Tenant = tenant;
    }

    public TenantFacts Tenant { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A fresh store (an existing file is replaced) with the tenant consented and its directory read.</summary>
    public static async Task<PipelineHost> StartAsync(string graphBaseUrl, TenantFacts tenant, string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }

        var host = await OpenAsync(graphBaseUrl, tenant, databasePath);
        await host._services.ConsentAndReadDirectoryAsync(tenant.TenantId, tenant.Name, tenant.Domains, tenant.Now, CancellationToken.None);
        return host;
    }

    /// <summary>The pipeline over an existing store (migrated if needed), as another process left it.</summary>
    public static async Task<PipelineHost> OpenAsync(string graphBaseUrl, TenantFacts tenant, string databasePath)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddOutlookNetworkingPipeline(new PipelineSetup
        {
            Storage = new StorageOptions
            {
                Provider = StorageProvider.Sqlite,
                ConnectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString(),
            },
            Clock = new FixedTimeProvider(tenant.Now), Tokens = new StaticGraphTokenSource(), Graph = new GraphOptions { BaseUrl = graphBaseUrl },
        });
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return new PipelineHost(provider, tenant);
    }

    public Task<SyncReport> SyncAsync(Guid userId) =>
        Get<MailboxSyncer>().SyncAsync(new MailboxRef(Tenant.TenantId, userId), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}

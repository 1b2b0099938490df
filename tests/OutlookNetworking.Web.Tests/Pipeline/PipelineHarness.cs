using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Graph;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.Graph.Sync;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.TestSupport;
using OutlookNetworking.Web.Commands;
using OutlookNetworking.Web.Features.DirectorySync;
using OutlookNetworking.Web.Features.Sync;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Web.Tests.Pipeline;

/// <summary>
/// The product's real pipeline (Graph SDK sync -> store -> engine) against the Graph simulator over
/// real HTTP, on a fresh database of the given provider, at the snapshot's <c>now</c>.
/// </summary>
internal sealed class PipelineHarness : IAsyncDisposable
{
    public const string Token = "pipeline-test-token";

    private readonly TestDatabase _database;

    private PipelineHarness(GraphSimulatorHost simulator, TestDatabase database, ServiceProvider services)
    {
        Database = database;
        Simulator = simulator;
        _database = database;
        Services = services;
    }

    public GraphSimulatorHost Simulator { get; }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public Guid TenantId => Guid.Parse(Simulator.Snapshot.Tenant.TenantId);

    public DateTimeOffset Now => Simulator.Snapshot.Now!.Value;

    /// <summary>Starts the simulator on <paramref name="snapshotPath"/> and the pipeline on a fresh store;
    /// the tenant is recorded and its directory read.</summary>
    /// <param name="tokens">The app tokens (default: always <paramref name="token"/>); the simulator takes any token that
    /// starts with <paramref name="token"/>.</param>
    /// <param name="logs">Where the pipeline's logs (Information and above) go, when a test reads them.</param>
    /// <param name="token">The app-only token (a JWT's <c>roles</c> decide what Graph serves).</param>
    /// <param name="logging">Adds log providers.</param>
    public static async Task<PipelineHarness> StartAsync(StorageProvider provider, string snapshotPath,
        Action<GraphOptions>? graph = null, Func<IMailboxSyncSink, IMailboxSyncSink>? decorateSink = null,
        IGraphAccessTokenSource? tokens = null, ILoggerProvider? logs = null, string token = Token,
        Action<ILoggingBuilder>? logging = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions
        {
            SnapshotPath = snapshotPath, TokenValidator = presented => presented.StartsWith(token, StringComparison.Ordinal),
        });
        var options = new GraphOptions { BaseUrl = simulator.BaseUrl, RetryBaseDelay = TimeSpan.FromMilliseconds(20) };
        graph?.Invoke(options);

        var services = new ServiceCollection();
        services.AddLogging(l =>
        {
            l.SetMinimumLevel(logs is null ? LogLevel.Warning : LogLevel.Information);
            if (logs is not null)
            {
                l.AddProvider(logs);
            }

            logging?.Invoke(l);
        });
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(simulator.Snapshot.Now!.Value));
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(Options.Create(new EngineOptions()));
        services.AddSingleton(tokens ?? new FixedToken(token));
        services.AddPipelineServices(database.Options);
        if (decorateSink is not null)
        {
            services.AddSingleton<StoreSyncSink>();
            services.AddSingleton(sp => decorateSink(sp.GetRequiredService<StoreSyncSink>()));
        }

        var provider_ = services.BuildServiceProvider();
        var harness = new PipelineHarness(simulator, database, provider_);
        await provider_.GetRequiredService<TenantStore>().RecordConsentAsync(harness.TenantId,
            simulator.Snapshot.Tenant.DisplayName, simulator.Snapshot.Tenant.Domains, null, harness.Now, CancellationToken.None);
        await provider_.GetRequiredService<DirectoryRefresher>().RefreshAsync(harness.TenantId, CancellationToken.None);
        return harness;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<IReadOnlyList<MailboxEntity>> MailboxesAsync() =>
        await Get<MailboxStore>().ListSyncableAsync(TenantId, CancellationToken.None);

    public async Task<MailboxEntity> MailboxAsync(string mail) =>
        (await MailboxesAsync()).Single(m => m.Mail == mail);

    public Task<SyncReport> SyncAsync(Guid userId) =>
        Get<MailboxSyncer>().SyncAsync(new MailboxRef(TenantId, userId), CancellationToken.None);

    public async Task<(HashSet<string> Messages, HashSet<string> Meetings)> StoredIdsAsync(Guid userId)
    {
        var (messages, meetings) = await Get<MailboxMetadataStore>().LoadAsync(new MailboxKey(TenantId, userId), CancellationToken.None);
        var messageIds = messages.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(messages.Count, messageIds.Count); // never a duplicate
        return (messageIds, meetings.Select(m => m.Id).ToHashSet(StringComparer.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Simulator.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    private sealed class FixedToken(string token) : IGraphAccessTokenSource
    {
        public Task<string> GetTokenAsync(Guid tenantId, CancellationToken cancellationToken) => Task.FromResult(token);
    }
}

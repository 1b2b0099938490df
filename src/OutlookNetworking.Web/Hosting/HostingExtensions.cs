using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookNetworking.Web.Hosting.Operations;
using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Data.Coordination;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Graph;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.Graph.Sync;
using OutlookNetworking.Graph.Throttling;
using OutlookNetworking.Web.Features.Analysis;
using OutlookNetworking.Web.Features.DirectorySync;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Features.Sync;
using OutlookNetworking.Web.Features.Tenants;
using OutlookNetworking.Web.Features.Throttling;

namespace OutlookNetworking.Web.Hosting;

public static class HostingExtensions
{
    /// <summary>The product's services: options validated on start, storage, Graph, engine, jobs.</summary>
    public static WebApplicationBuilder AddOutlookNetworkingServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var app = HostRoles.Apply(builder.Configuration);
        services.AddOptions<AppOptions>().Bind(builder.Configuration.GetSection(AppOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<GraphOptions>().Bind(builder.Configuration.GetSection(GraphOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        // Unknown keys under Engine (a misspelling, or a key from before the detectors had their own sections) stop the
        // start naming the key, instead of being ignored; every section is validated on its own (EngineOptionsValidator).
        services.AddOptions<EngineOptions>()
            .Bind(builder.Configuration.GetSection(EngineOptions.SectionName), binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<EngineOptions>, EngineOptionsValidator>();
        services.TryAddTimeProvider();

        var storage = HostStorage.Resolve(builder.Configuration, app);
        services.AddPipelineServices(storage);
        services.AddHostedService<StorageMigrationHostedService>(); // first hosted service: the schema before anything uses it
        services.AddHostedService<SplitRoleCheck>();
        services.AddSingleton<IGraphAccessTokenSource, GraphTokenSourceAdapter>();
        services.AddStoreBackedConsent();
        services.AddSingleton<Features.Links.OutlookWebLinks>();

        builder.AddOutlookNetworkingJobs(runJobs: app.Role != HostRole.Web);
        builder.AddOutlookNetworkingOperations(app.Role); // probes, forwarded headers, HSTS, telemetry; a worker serves only the probes

        return builder;
    }

    /// <summary>The pipeline (sync, store, engine) outside the host, from what its caller states (<see cref="PipelineSetup"/>):
    /// the CLI's commands, the tests' harnesses and the benchmarks compose it here, as the host does with its configuration.</summary>
    public static IServiceCollection AddOutlookNetworkingPipeline(this IServiceCollection services, PipelineSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        services.AddSingleton(setup.Clock);
        services.AddSingleton(Options.Create(setup.Graph));
        services.AddSingleton(Options.Create(setup.Engine));
        services.AddSingleton(setup.Tokens);
        return services.AddPipelineServices(setup.Storage);
    }

    /// <summary>Records the tenant's consent and reads its directory, as the first night after admin consent does: the
    /// start of every run of the pipeline over a snapshot.</summary>
    public static async Task ConsentAndReadDirectoryAsync(this IServiceProvider services, Guid tenantId, string displayName,
        IEnumerable<string> domains, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<TenantStore>().RecordConsentAsync(tenantId, displayName, domains, null, now, cancellationToken);
        await services.GetRequiredService<DirectoryRefresher>().RefreshAsync(tenantId, cancellationToken);
    }

    /// <summary>The sync-and-analyse pipeline over the store: what the host and <see cref="AddOutlookNetworkingPipeline"/>
    /// share. The caller registers <see cref="IGraphAccessTokenSource"/>, a <see cref="TimeProvider"/>
    /// and the Graph and engine options.</summary>
    public static IServiceCollection AddPipelineServices(this IServiceCollection services, StorageOptions storage)
    {
        services.AddSingleton(Options.Create(storage));
        services.AddOutlookNetworkingStorage(storage);
        services.AddOutlookNetworkingGraph();
        if (storage.Provider == StorageProvider.PostgreSql)
        {
            // Several instances may share this store: the cap on concurrent Graph requests is held in it.
            services.AddSingleton(_ => new GraphRequestSlotTable(storage.ConnectionString!));
            services.AddSingleton<IGraphRequestSlots, SharedGraphRequestSlots>();
        }

        services.AddMetrics();
        services.TryAddSingleton<Operations.NightTelemetry>();
        services.AddSingleton<IMailboxSyncSink, StoreSyncSink>();
        services.AddMemoryCache();
        services.AddSingleton<TenantDirectory>();
        services.AddSingleton<MailboxAnalyzer>();
        services.AddSingleton<MailboxPipeline>();
        services.AddSingleton<DirectoryRefresher>();
        services.AddSingleton<Features.Jobs.TenantGrantCheck>();
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}

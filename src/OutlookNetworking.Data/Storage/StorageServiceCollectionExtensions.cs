using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Audit;
using OutlookNetworking.Data.Consent;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Kept;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;

namespace OutlookNetworking.Data.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the store on the configured provider and every store class.</summary>
    public static IServiceCollection AddOutlookNetworkingStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        switch (options.Provider)
        {
            case StorageProvider.Sqlite:
                services.AddPooledDbContextFactory<SqliteAppDbContext>(o => ConfigureSqlite(o, options.ConnectionString));
                services.AddSingleton<IAppDbContextFactory>(sp => new AppDbContextFactory<SqliteAppDbContext>(
                    sp.GetRequiredService<IDbContextFactory<SqliteAppDbContext>>(), StorageProvider.Sqlite));
                break;
            case StorageProvider.PostgreSql:
                services.AddPooledDbContextFactory<PostgresAppDbContext>(o => ConfigurePostgres(o, options.ConnectionString));
                services.AddSingleton<IAppDbContextFactory>(sp => new AppDbContextFactory<PostgresAppDbContext>(
                    sp.GetRequiredService<IDbContextFactory<PostgresAppDbContext>>(), StorageProvider.PostgreSql));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown storage provider.");
        }

        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<TenantStore>();
        services.AddSingleton<MailboxStore>();
        services.AddSingleton<MailboxMetadataStore>();
        services.AddSingleton<AnalysisStore>();
        services.AddSingleton<KeptNight>();
        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<DigestLedger>();
        services.AddSingleton<HealthHistoryStore>();
        services.AddSingleton<DigestLinkStore>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<UserDataStore>();
        services.AddSingleton<Introductions.IntroductionStore>();
        services.AddSingleton<OrphanRows>();
        services.TryAddSingleton<ISecretProtector, UnprotectedSecrets>();
        services.AddSingleton<OptOutMarkers>();
        services.AddSingleton<ConsentStateStore>();
        return services;
    }

    internal static void ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(AppDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new SqlitePragmaInterceptor());

    internal static void ConfigurePostgres(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(AppDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention();
}

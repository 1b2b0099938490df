using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.TestSupport;
using OutlookNetworking.Demo.Features.Auth;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Features.Sync;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>
/// The web host over the hand-written contoso-stories tenant with the product's real pipeline: a night (directory
/// refresh from the Graph simulator, one job per mailbox) and the sync and analysis of Ava's and Ben's mailboxes over
/// HTTP, on SQLite or PostgreSQL. Serves HTTP only: queued jobs are recorded or left queued, and run by the test.
/// </summary>
public sealed class ContosoApiHost : IAsyncDisposable
{
    public static readonly Guid TenantId = Guid.Parse("082b0f07-d204-5b20-a5ea-f52016e1d6be");

    public static readonly DemoUser Ava = new(Guid.Parse("8560c69b-ec84-5ac0-999b-e5c8dac5464a"), "ava.patel@contoso.example", "Ava Patel", "ava.patel@contoso.example");

    public static readonly DemoUser Ben = new(Guid.Parse("849709ec-91d8-560b-8328-33c91775d857"), "ben.okafor@contoso.example", "Ben Okafor", "ben.okafor@contoso.example");

    private readonly TestDatabase? _database;

    private ContosoApiHost(AuthTestHost host, TestDatabase? database)
    {
        Host = host;
        _database = database;
    }

    public AuthTestHost Host { get; }

    public static MailboxKey AvaKey => new(TenantId, Ava.Id);

    public static MailboxKey BenKey => new(TenantId, Ben.Id);

    /// <summary>Starts the host (SQLite in its data folder, or a fresh PostgreSQL database), consents the tenant,
    /// runs a night and syncs and analyses Ava and Ben.</summary>
    public static async Task<ContosoApiHost> StartAsync(StorageProvider provider = StorageProvider.Sqlite)
    {
        var database = provider == StorageProvider.PostgreSql ? await TestDatabase.CreateAsync(provider) : null;
        var host = new AuthTestHost(role: HostRole.Web, storage: database?.Options, settings: SeededApiHost.UnlimitedRate);
        await host.StartAsync();
        await host.Tenants.RecordAsync(TenantId, host.Clock.GetUtcNow(), CancellationToken.None);
        var contoso = new ContosoApiHost(host, database);
        await contoso.RunNightAsync(new RecordingJobClient());
        var pipeline = host.Services.GetRequiredService<MailboxPipeline>();
        await pipeline.SyncAndAnalyzeAsync(AvaKey, CancellationToken.None);
        await pipeline.SyncAndAnalyzeAsync(BenKey, CancellationToken.None);
        return contoso;
    }

    /// <summary>The tenant's nightly job, as Hangfire would run it, queuing into <paramref name="jobs"/>.</summary>
    public Task RunNightAsync(RecordingJobClient jobs) =>
        ActivatorUtilities.CreateInstance<TenantNightJob>(Host.Services, jobs).RunAsync(TenantId, "Contoso (stories)", CancellationToken.None);

    public HttpClient AvaClient() => Host.ClientFor(TenantId, Ava);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

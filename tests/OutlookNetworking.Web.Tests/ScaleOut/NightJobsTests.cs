using Hangfire;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Hosting;
using OutlookNetworking.Web.Tests.Pipeline;

namespace OutlookNetworking.Web.Tests.ScaleOut;

/// <summary>
/// The nightly jobs through a real Hangfire server in the product's host, on both deployments: SQLite with
/// Hangfire in memory (the embedded default) and PostgreSQL for both (the scale-out).
/// </summary>
public abstract class NightJobsTests(StorageProvider provider) : IAsyncLifetime
{
    private static readonly TimeSpan NightTimeout = TimeSpan.FromSeconds(90);
    private ScaleOutStore? _store;
    private GraphSimulatorHost? _simulator;

    private ScaleOutStore Store => _store!;

    private GraphSimulatorHost Simulator => _simulator!;

    private DateTimeOffset Now => Simulator.Snapshot.Now!.Value;

    public async Task InitializeAsync()
    {
        _store = await ScaleOutStore.CreateAsync(provider);
        _simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = GeneratedTenants.Small });
    }

    public async Task DisposeAsync()
    {
        await Simulator.DisposeAsync();
        await Store.DisposeAsync();
    }

    [Fact]
    public async Task TenantNight_SmallTenant_EveryMailboxSyncedAndAnalysedExactlyOnce()
    {
        await using var host = await StartHostAsync("solo");
        var tenantId = await Nights.ConsentAsync(host, Simulator.Snapshot);
        var mailboxes = await Nights.ReadDirectoryAsync(host, tenantId);

        Nights.Enqueue(host, tenantId);
        await Nights.WaitForQuietAsync(host.Jobs, 1 + mailboxes.Count, NightTimeout);

        var runs = JobHistory.All(host.Jobs).Where(r => r.Type == typeof(MailboxNightJob)).ToList();
        Assert.Equal(mailboxes.Select(m => m.UserId).Order(), runs.Select(r => (Guid)r.Args[1]!).Order());
        Assert.All(runs, r => Assert.Equal(1, r.SucceededCount));
        foreach (var mailbox in mailboxes)
        {
            var key = new MailboxKey(tenantId, mailbox.UserId);
            Assert.Equal(Now, (await host.Get<MailboxStore>().FindAsync(key, CancellationToken.None))!.LastAnalysedAt);
            Assert.NotNull(await host.Get<AnalysisStore>().GetSummaryAsync(key, CancellationToken.None));
            var (messages, meetings) = await host.Get<MailboxMetadataStore>().LoadAsync(key, CancellationToken.None);
            Assert.Equal(SnapshotTruth.MessageIds(GeneratedTenants.Small, mailbox.UserId).Order(), messages.Select(m => m.Id).Order());
            Assert.Equal(SnapshotTruth.EventIds(GeneratedTenants.Small, mailbox.UserId).Order(), meetings.Select(m => m.Id).Order());
        }
    }

    [Fact]
    public async Task MailboxNightJob_MailboxLockedByAnotherRun_SkipsWithoutTouchingGraph()
    {
        await using var host = await StartHostAsync("solo");
        var tenantId = await Nights.ConsentAsync(host, Simulator.Snapshot);
        var mailbox = (await Nights.ReadDirectoryAsync(host, tenantId))[0];
        var client = host.Get<IBackgroundJobClient>();

        using (var connection = host.Jobs.GetConnection())
        using (connection.AcquireDistributedLock(JobIds.MailboxLock(tenantId, mailbox.UserId), TimeSpan.FromSeconds(5)))
        {
            Simulator.Control.ClearRequestLog();
            client.Enqueue<MailboxNightJob>(job => job.RunAsync(tenantId, mailbox.UserId, "locked", CancellationToken.None));
            await Nights.WaitForQuietAsync(host.Jobs, 1, NightTimeout);

            Assert.DoesNotContain(Simulator.Control.RequestLog, r => r.MailboxId == mailbox.UserId.ToString());
            Assert.Null((await host.Get<MailboxStore>().FindAsync(new MailboxKey(tenantId, mailbox.UserId), CancellationToken.None))!.LastAnalysedAt);
        }

        client.Enqueue<MailboxNightJob>(job => job.RunAsync(tenantId, mailbox.UserId, "unlocked", CancellationToken.None));
        await Nights.WaitForQuietAsync(host.Jobs, 2, NightTimeout);

        Assert.Contains(Simulator.Control.RequestLog, r => r.MailboxId == mailbox.UserId.ToString());
        Assert.Equal(Now, (await host.Get<MailboxStore>().FindAsync(new MailboxKey(tenantId, mailbox.UserId), CancellationToken.None))!.LastAnalysedAt);
    }

    [Fact]
    public async Task Start_ConsentedTenant_NightlyJobRegisteredInTheTenantsZone()
    {
        await using (var setup = await StartHostAsync("setup"))
        {
            await Nights.ConsentAsync(setup, Simulator.Snapshot, timeZone: "Europe/Berlin");
        }

        await using var host = await StartHostAsync("solo");

        var tenantId = Guid.Parse(Simulator.Snapshot.Tenant.TenantId);
        using var connection = host.Jobs.GetConnection();
        var night = Assert.Single(Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection),
            j => j.Id == JobIds.TenantNight(tenantId));
        Assert.Equal("0 1 * * *", night.Cron);
        Assert.Equal("Europe/Berlin", night.TimeZoneId);
        Assert.Equal(typeof(TenantNightJob), night.Job.Type);
    }

    [Fact]
    public async Task MailboxNightJob_MailboxGoneSinceQueued_SucceedsWithoutTouchingGraph()
    {
        await using var host = await StartHostAsync("solo");
        var tenantId = await Nights.ConsentAsync(host, Simulator.Snapshot);
        var unknown = Guid.Parse("00000000-0000-4000-8000-00000000beef");
        Simulator.Control.ClearRequestLog();

        host.Get<IBackgroundJobClient>().Enqueue<MailboxNightJob>(job => job.RunAsync(tenantId, unknown, "gone", CancellationToken.None));
        await Nights.WaitForQuietAsync(host.Jobs, 1, NightTimeout);

        Assert.Empty(Simulator.Control.RequestLog);
        Assert.Equal(1, Assert.Single(JobHistory.All(host.Jobs)).SucceededCount);
    }

    /// <summary>The embedded default runs everything in one instance; the scale-out one runs as a worker.</summary>
    private Task<ProductHost> StartHostAsync(string name) =>
        ProductHost.StartAsync(name, Store.IsShared ? HostRole.Worker : HostRole.All, Store, Simulator.BaseUrl, Now);
}

[Collection(HangfireHosts.Name)]
public sealed class NightJobsSqliteInMemoryTests() : NightJobsTests(StorageProvider.Sqlite);

[Collection(HangfireHosts.Name)]
public sealed class NightJobsPostgresTests() : NightJobsTests(StorageProvider.PostgreSql);

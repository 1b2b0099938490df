using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Benchmarks.Engine;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Benchmarks.Ingest;

/// <summary>
/// The store side of ingest: 20,000 messages (the synthetic mailbox's recipient lists) written as 40 delta pages of
/// 500 into a fresh SQLite file, each page in its own transaction with the link that follows it, as sync does.
/// Run: <c>dotnet run -c Release --project benchmarks/OutlookNetworking.Benchmarks -- --filter '*StoreWrite*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneWritePerIteration))]
public class StoreWriteBenchmark
{
    private const int PageSize = 500;
    private static readonly MailboxKey Mailbox = new(Guid.Parse("7f0c1a2b-0000-4000-8000-000000000001"), Guid.Parse("7f0c1a2b-0000-4000-8000-000000000002"));
    private IReadOnlyList<MessageMeta>[] _pages = [];
    private string _directory = "";
    private ServiceProvider? _services;

    [GlobalSetup]
    public void Setup()
    {
        var messages = SyntheticMailbox.Create(seed: 7, messageCount: 20_000, meetingCount: 0).Messages;
        _pages = messages.Chunk(PageSize).Select(p => (IReadOnlyList<MessageMeta>)p).ToArray();
    }

    [IterationSetup]
    public void FreshStore()
    {
        _directory = Directory.CreateTempSubdirectory("on-bench-store-").FullName;
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddOutlookNetworkingStorage(new StorageOptions
        {
            Provider = StorageProvider.Sqlite,
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, "store.db"), Pooling = true }.ToString(),
        });
        _services = services.BuildServiceProvider();
        _services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        using var db = _services.GetRequiredService<IAppDbContextFactory>().CreateDbContext();
        db.Mailboxes.Add(new MailboxEntity { TenantId = Mailbox.TenantId, UserId = Mailbox.UserId }); // page writes need their mailbox's row
        db.SaveChanges();
    }

    [IterationCleanup]
    public void DropStore()
    {
        _services?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public async Task ApplyPages()
    {
        var store = _services!.GetRequiredService<MailboxMetadataStore>();
        for (var i = 0; i < _pages.Length; i++)
        {
            var last = i == _pages.Length - 1;
            await store.ApplyMessagePageAsync(Mailbox, "inbox-folder", _pages[i], [], last ? null : $"next-{i}", last ? "delta" : null,
                CancellationToken.None);
        }
    }

    /// <summary>In process, one write of the 40 pages per iteration (each on a fresh file), 10 iterations after 2 warm-ups.</summary>
    private sealed class OneWritePerIteration : ManualConfig
    {
        public OneWritePerIteration() => AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(2).WithIterationCount(10));
    }
}

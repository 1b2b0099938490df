using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Graph.Sync;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Features.Sync;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Lifecycle;

/// <summary>
/// Security review finding 5: a mailbox job whose next page is pending when the tenant is offboarded (or the user erases
/// their data) writes nothing back; the job ends as "nothing to do" (no failure recorded, no retry), and no row of the
/// tenant (of the user) is left. The deletion here bypasses the sync locks (as if a lock had expired), so what is
/// proved is the store's own refusal.
/// </summary>
public abstract class DeletionDuringSyncTests(StorageProvider provider) : IAsyncLifetime
{
    private ContosoApiHost _contoso = null!;

    public async Task InitializeAsync() => _contoso = await ContosoApiHost.StartAsync(provider);

    public async Task DisposeAsync() => await _contoso.DisposeAsync();

    [Fact]
    public async Task Offboard_WhileASyncsNextPageIsPending_JobStopsAndNoRowOfTheTenantIsLeft()
    {
        var services = _contoso.Host.Services;
        var numbers = await NumbersOfAsync(null);
        var (job, sink) = JobWith(() => services.GetRequiredService<TenantStore>().DeleteAsync(ContosoApiHost.TenantId, CancellationToken.None));

        await job.RunAsync(ContosoApiHost.TenantId, ContosoApiHost.Ava.Id, CancellationToken.None);

        Assert.True(sink.Deleted);
        Assert.Empty(await RowsNamingAsync(ContosoApiHost.TenantId, numbers));
    }

    [Fact]
    public async Task Erase_WhileASyncsNextPageIsPending_JobStopsWithoutFailureAndNoRowOfTheUserIsLeft()
    {
        var services = _contoso.Host.Services;
        var numbers = await NumbersOfAsync(ContosoApiHost.Ava.Id);
        var (job, sink) = JobWith(() => services.GetRequiredService<UserDataStore>().EraseAndOptOutAsync(ContosoApiHost.AvaKey, CancellationToken.None));

        await job.RunAsync(ContosoApiHost.TenantId, ContosoApiHost.Ava.Id, CancellationToken.None);

        Assert.True(sink.Deleted);
        Assert.Empty(await RowsNamingAsync(ContosoApiHost.Ava.Id, numbers));
        var ben = await services.GetRequiredService<MailboxStore>().FindAsync(ContosoApiHost.BenKey, CancellationToken.None);
        Assert.NotNull(ben);
        Assert.Null(ben.LastFailure);
    }

    private (MailboxNightJob Job, DeletingSink Sink) JobWith(Func<Task> delete)
    {
        var services = _contoso.Host.Services;
        var sink = new DeletingSink(services.GetRequiredService<IMailboxSyncSink>(), delete);
        var syncer = ActivatorUtilities.CreateInstance<MailboxSyncer>(services, sink);
        var pipeline = ActivatorUtilities.CreateInstance<MailboxPipeline>(services, syncer);
        return (ActivatorUtilities.CreateInstance<MailboxNightJob>(services, pipeline), sink);
    }

    /// <summary>The mailbox numbers of the tenant's mailboxes (of one user's when given): metadata rows name them.</summary>
    private async Task<IReadOnlySet<string>> NumbersOfAsync(Guid? userId)
    {
        var rows = await DatabaseScan.ReadAllAsync(_contoso.Host.Services);
        var numbers = rows.Where(r => r.Table.EndsWith("sync_cursors", StringComparison.Ordinal)
                                      && r.Values.Any(v => v.Contains((userId ?? ContosoApiHost.TenantId).ToString("D"), StringComparison.OrdinalIgnoreCase)))
            .Select(r => r.MailboxNumber!).ToHashSet();
        Assert.NotEmpty(numbers);
        return numbers;
    }

    /// <summary>Tables holding a row that names <paramref name="id"/> or one of <paramref name="numbers"/>; the audit log,
    /// which outlives the tenant by design, aside.</summary>
    private async Task<IReadOnlyList<string>> RowsNamingAsync(Guid id, IReadOnlySet<string> numbers)
    {
        string[] spellings = [id.ToString("D"), id.ToString("N")];
        return (await DatabaseScan.ReadAllAsync(_contoso.Host.Services))
            .Where(r => !r.Table.EndsWith("audit_entries", StringComparison.Ordinal))
            .Where(r => r.Values.Any(v => spellings.Any(s => v.Contains(s, StringComparison.OrdinalIgnoreCase)))
                        || (r.MailboxNumber is not null && numbers.Contains(r.MailboxNumber)))
            .Select(r => r.Table).Distinct().ToList();
    }
}

public sealed class DeletionDuringSyncSqliteTests() : DeletionDuringSyncTests(StorageProvider.Sqlite);

public sealed class DeletionDuringSyncPostgresTests() : DeletionDuringSyncTests(StorageProvider.PostgreSql);

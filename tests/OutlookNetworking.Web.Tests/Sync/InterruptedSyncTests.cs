using OutlookNetworking.Data.Storage;
using OutlookNetworking.Graph.Sync;
using OutlookNetworking.Web.Tests.Pipeline;

namespace OutlookNetworking.Web.Tests.Sync;

/// <summary>Killing the sync between pages (before or after a page is stored) and running it again
/// gives the same store as an uninterrupted run, and resumes where it stopped.</summary>
public abstract class InterruptedSyncTests(StorageProvider provider)
{
    private static string Snapshot => GeneratedTenants.Small;

    [Theory]
    [InlineData(1, false)]
    [InlineData(3, true)]
    [InlineData(7, false)]
    [InlineData(12, true)]
    public async Task CrashAtPage_RunAgain_SameStoreAsUninterrupted(int page, bool afterStore)
    {
        await using var harness = await PipelineHarness.StartAsync(provider, Snapshot, graph =>
        {
            graph.PageSize = 10;
            graph.MaxConcurrentRequestsPerMailbox = 1; // one page at a time, so "page k" is well defined
        }, inner => new CrashingSink(inner));
        var mailbox = (await harness.MailboxesAsync())[0];
        var sink = (CrashingSink)harness.Get<IMailboxSyncSink>();

        sink.CrashAt(page, afterStore);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => harness.SyncAsync(mailbox.UserId));
        sink.Disarm();
        var resumed = await harness.SyncAsync(mailbox.UserId);

        var (messages, meetings) = await harness.StoredIdsAsync(mailbox.UserId);
        Assert.Equal(SnapshotTruth.MessageIds(Snapshot, mailbox.UserId).Order(), messages.Order());
        Assert.Equal(SnapshotTruth.EventIds(Snapshot, mailbox.UserId).Order(), meetings.Order());
        Assert.Equal(0, resumed.Restarts);

        // An untouched run of the whole mailbox reads more than the resumed one did: the resume started
        // from the stored next link, not from scratch (unless the crash came before anything was stored).
        await using var fresh = await PipelineHarness.StartAsync(provider, Snapshot, graph =>
        {
            graph.PageSize = 10;
            graph.MaxConcurrentRequestsPerMailbox = 1;
        });
        var full = await fresh.SyncAsync(mailbox.UserId);
        var storedBeforeCrash = afterStore ? page : page - 1;
        if (storedBeforeCrash == 0)
        {
            Assert.Equal(full.Upserted, resumed.Upserted);
        }
        else
        {
            Assert.True(resumed.Upserted < full.Upserted, $"resumed {resumed.Upserted} items, full run {full.Upserted}");
        }
    }
}

public sealed class InterruptedSyncSqliteTests() : InterruptedSyncTests(StorageProvider.Sqlite);

public sealed class InterruptedSyncPostgresTests() : InterruptedSyncTests(StorageProvider.PostgreSql);

using System.Net.Http.Headers;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Graph.Sync;
using OutlookNetworking.Web.Tests.Pipeline;

namespace OutlookNetworking.Web.Tests.Sync;

/// <summary>
/// GF-9: Graph keeps three generations of a stream's sync state. A crash and resume (even twice in a row) reads on from
/// the committed link without a full resync; a committed link that did age out restarts that stream from scratch,
/// without duplicating or losing anything.
/// </summary>
public abstract class DeltaGenerationSyncTests(StorageProvider provider)
{
    private static string Snapshot => GeneratedTenants.Small;

    [Theory]
    [InlineData(3, false)]
    [InlineData(5, true)]
    public async Task Sync_Gf09_CrashThenCrashAgainAtTheFirstPageOfTheResume_ResumesWithoutARestart(int page, bool afterStore)
    {
        await using var harness = await PipelineHarness.StartAsync(provider, Snapshot, graph =>
        {
            graph.PageSize = 10;
            graph.MaxConcurrentRequestsPerMailbox = 1;
        }, inner => new CrashingSink(inner));
        var mailbox = (await harness.MailboxesAsync())[0];
        var sink = (CrashingSink)harness.Get<IMailboxSyncSink>();

        sink.CrashAt(page, afterStore);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => harness.SyncAsync(mailbox.UserId));
        sink.CrashAt(1, afterStore: false); // the resume dies before it stores anything
        await Assert.ThrowsAsync<SimulatedCrashException>(() => harness.SyncAsync(mailbox.UserId));
        sink.Disarm();
        var resumed = await harness.SyncAsync(mailbox.UserId);

        Assert.Equal(0, resumed.Restarts);
        var (messages, meetings) = await harness.StoredIdsAsync(mailbox.UserId);
        Assert.Equal(SnapshotTruth.MessageIds(Snapshot, mailbox.UserId).Order(), messages.Order());
        Assert.Equal(SnapshotTruth.EventIds(Snapshot, mailbox.UserId).Order(), meetings.Order());
    }

    [Fact]
    public async Task Sync_Gf09_CommittedDeltaLinkAgedOut_ThatStreamStartsOverNothingDuplicatedNothingLost()
    {
        await using var harness = await PipelineHarness.StartAsync(provider, Snapshot);
        var mailbox = (await harness.MailboxesAsync())[0];
        var user = mailbox.UserId.ToString();
        await harness.SyncAsync(mailbox.UserId);
        var key = new MailboxKey(harness.TenantId, mailbox.UserId);
        var inboxId = harness.Simulator.Control.FolderId(user, "inbox");
        var inbox = (await harness.Get<MailboxMetadataStore>().GetCursorsAsync(key, CancellationToken.None))
            .Single(c => c.StreamKey == SyncStreams.Mail(inboxId));

        // Another reader of the same stream (or lost answers) writes three newer generations: the stored link ages out.
        using (var other = new HttpClient())
        {
            other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PipelineHarness.Token);
            for (var i = 0; i < 3; i++)
            {
                using var response = await other.GetAsync(new Uri(inbox.DeltaLink!));
                response.EnsureSuccessStatusCode();
            }
        }

        harness.Simulator.Control.AddMessage(user, MailboxSyncTests.Message("after-aging", "inbox", harness.Now.AddHours(-1)));
        var report = await harness.SyncAsync(mailbox.UserId);

        Assert.Equal(1, report.Restarts);
        Assert.Contains(harness.Simulator.Control.RequestLog, r => r.Status == 410 && r.PathAndQuery.Contains(inboxId, StringComparison.Ordinal));
        var (messages, _) = await harness.StoredIdsAsync(mailbox.UserId); // asserts no duplicate
        var expected = SnapshotTruth.MessageIds(Snapshot, mailbox.UserId);
        expected.Add("after-aging");
        Assert.Equal(expected.Order(), messages.Order());
    }
}

public sealed class DeltaGenerationSyncSqliteTests() : DeltaGenerationSyncTests(StorageProvider.Sqlite);

public sealed class DeltaGenerationSyncPostgresTests() : DeltaGenerationSyncTests(StorageProvider.PostgreSql);

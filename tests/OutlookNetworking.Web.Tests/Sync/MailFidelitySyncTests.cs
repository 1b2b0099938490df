using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Tests.Pipeline;

namespace OutlookNetworking.Web.Tests.Sync;

/// <summary>
/// The product's sync against the simulator's real-Graph mail behaviour: search and system folders (GF-7), moves
/// between nights (GF-8), empty and short pages (GF-10).
/// </summary>
public abstract class MailFidelitySyncTests(StorageProvider provider)
{
    private static string Snapshot => GeneratedTenants.Small;

    /// <summary>System folders (and Team Chat, under Conversation History), each holding a message in the simulator.</summary>
    private static readonly string[] SystemFolders =
        ["conversationhistory", "teamchat", "syncissues", "conflicts", "localfailures", "serverfailures", "outbox", "scheduled", "clutter"];

    [Fact]
    public async Task Sync_Gf07_SearchAndSystemFoldersHoldMail_NeverRequestedNeverStored()
    {
        await using var harness = await PipelineHarness.StartAsync(provider, Snapshot);
        var mailbox = (await harness.MailboxesAsync())[0];
        var user = mailbox.UserId.ToString();
        var control = harness.Simulator.Control;
        foreach (var folder in SystemFolders)
        {
            control.AddMessage(user, MailboxSyncTests.Message("in-" + folder, folder, harness.Now.AddHours(-3)));
        }

        await harness.SyncAsync(mailbox.UserId);

        var (messages, _) = await harness.StoredIdsAsync(mailbox.UserId);
        Assert.Equal(SnapshotTruth.MessageIds(Snapshot, mailbox.UserId).Order(), messages.Order());
        var neverRead = SystemFolders.Append("inbox-search")
            .Select(f => f == "inbox-search" ? SearchFolderId(harness, user) : control.FolderId(user, f)).ToList();
        var deltas = control.RequestLog.Where(r => r.PathAndQuery.Contains("/messages/delta", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(deltas);
        Assert.DoesNotContain(deltas, r => neverRead.Any(id => r.PathAndQuery.Contains(id, StringComparison.Ordinal)));
        var firstRequests = deltas.Where(r => !r.PathAndQuery.Contains("token=", StringComparison.Ordinal))
            .Select(r => r.PathAndQuery.Split('?')[0]).ToList();
        Assert.Equal(firstRequests.Distinct().Count(), firstRequests.Count); // the search folder listed twice, read never; each folder once
    }

    [Theory]
    [InlineData("inbox", "archive", FolderKind.Archive)]
    [InlineData("archive", "inbox", FolderKind.Inbox)]
    public async Task Sync_Gf08_MessageMovedBetweenNights_OneRowInTheNewFolderWhicheverStreamRunsFirst(string from, string to, FolderKind kind)
    {
        // One stream at a time, in the order the store lists them: one direction reads the removal first, the other the addition.
        await using var harness = await PipelineHarness.StartAsync(provider, Snapshot, graph => graph.MaxConcurrentRequestsPerMailbox = 1);
        var mailbox = (await harness.MailboxesAsync())[0];
        var user = mailbox.UserId.ToString();
        var control = harness.Simulator.Control;
        control.AddMessage(user, MailboxSyncTests.Message("travelling", from, harness.Now.AddDays(-1)));
        await harness.SyncAsync(mailbox.UserId);
        var before = await StoredAsync(harness, mailbox.UserId);

        control.MoveMessage(user, "travelling", to);
        var report = await harness.SyncAsync(mailbox.UserId);

        var after = await StoredAsync(harness, mailbox.UserId);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.Equal(kind, after["travelling"].Folder);
        Assert.Equal(1, report.Removed);
        Assert.Equal(0, report.Restarts);
    }

    [Fact]
    public async Task Sync_Gf10_RoundsEndingInEmptyPagesAndShortPages_FollowedToTheDeltaLink()
    {
        await using var harness = await PipelineHarness.StartAsync(provider, Snapshot, graph => graph.PageSize = 10);
        var mailbox = (await harness.MailboxesAsync())[0];

        var report = await harness.SyncAsync(mailbox.UserId);

        var (messages, meetings) = await harness.StoredIdsAsync(mailbox.UserId);
        Assert.Equal(SnapshotTruth.MessageIds(Snapshot, mailbox.UserId).Order(), messages.Order());
        Assert.Equal(SnapshotTruth.EventIds(Snapshot, mailbox.UserId).Order(), meetings.Order());
        var itemPages = (messages.Count + meetings.Count + 9) / 10;
        // Every round that carried items ends with empty pages before its delta link, and half the pages are short.
        Assert.True(report.Pages >= itemPages + report.Streams + 3, $"{report.Pages} pages for {itemPages} full ones");
        var cursors = await harness.Get<MailboxMetadataStore>().GetCursorsAsync(new MailboxKey(harness.TenantId, mailbox.UserId), CancellationToken.None);
        Assert.All(cursors, c => Assert.True(c.DeltaLink is not null && c.NextLink is null, c.StreamKey));
    }

    private static async Task<Dictionary<string, MessageMeta>> StoredAsync(PipelineHarness harness, Guid userId)
    {
        var (messages, _) = await harness.Get<MailboxMetadataStore>().LoadAsync(new MailboxKey(harness.TenantId, userId), CancellationToken.None);
        return messages.ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    private static string SearchFolderId(PipelineHarness harness, string user)
    {
        // The simulator's search folder under the Inbox: not a name a snapshot can use, found through its registry key.
        return harness.Simulator.Control.FolderId(user, "searchfolder:inbox-follow-up");
    }
}

public sealed class MailFidelitySyncSqliteTests() : MailFidelitySyncTests(StorageProvider.Sqlite);

public sealed class MailFidelitySyncPostgresTests() : MailFidelitySyncTests(StorageProvider.PostgreSql);

using System.Text.Json.Nodes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.Web.Tests.Pipeline;

namespace OutlookNetworking.Web.Tests.Sync;

/// <summary>Delta sync through the real Graph SDK against the simulator over HTTP, into a real store.</summary>
public abstract class MailboxSyncTests(StorageProvider provider)
{
    private static string Snapshot => GeneratedTenants.Small;

    [Fact]
    public async Task FullSync_EveryMailbox_StoreEqualsSnapshot()
    {
        await using var harness = await PipelineHarness.StartAsync(provider, Snapshot);
        var mailboxes = await harness.MailboxesAsync();
        Assert.True(mailboxes.Count >= 5);

        foreach (var mailbox in mailboxes)
        {
            var report = await harness.SyncAsync(mailbox.UserId);
            var (messages, meetings) = await harness.StoredIdsAsync(mailbox.UserId);
            Assert.Equal(SnapshotTruth.MessageIds(Snapshot, mailbox.UserId).Order(), messages.Order());
            Assert.Equal(SnapshotTruth.EventIds(Snapshot, mailbox.UserId).Order(), meetings.Order());
            Assert.Equal(0, report.Retries);
        }
    }

    [Fact]
    public async Task SecondSync_NoChanges_ExactlyOneDeltaRequestPerFolderAndCalendarPlusOneRereadPerActiveSeries()
    {
        await using var harness = await PipelineHarness.StartAsync(provider, Snapshot);
        var mailbox = (await harness.MailboxesAsync())[0];
        var first = await harness.SyncAsync(mailbox.UserId);
        await FirstSyncLoggedAsync(harness, first.Requests);
        harness.Simulator.Control.ClearRequestLog();

        var second = await harness.SyncAsync(mailbox.UserId);

        // A request Graph throttled (the previous sync's last requests may still count against the
        // mailbox's concurrency for a moment) is retried by the SDK: it is not an extra request of ours.
        var log = harness.Simulator.Control.RequestLog.Where(r => r.Status != 429).ToList();
        var requests = log.Where(r => r.Kind is RequestKind.MailDelta or RequestKind.CalendarDelta).ToList();
        Assert.Equal(first.Streams, second.Streams);
        Assert.Equal(second.Streams, requests.Count);
        Assert.Equal(second.Streams, second.DeltaRequests);
        Assert.All(log, r => Assert.Equal(200, r.Status));
        Assert.Equal(second.Streams, requests.Select(r => r.PathAndQuery.Split('?')[0]).Distinct().Count());
        Assert.Equal(0, second.Upserted);

        // Counted apart (GF-4): each active series read again once, in $batch calls of at most 20; nothing else.
        var rereads = log.Where(r => r.Kind == RequestKind.SeriesReread).ToList();
        Assert.Equal(second.SeriesRereads, rereads.Count);
        Assert.Equal(rereads.Count, rereads.Select(r => r.PathAndQuery.Split('?')[0]).Distinct().Count());
        Assert.Equal((rereads.Count + 19) / 20, log.Count(r => r.Kind == RequestKind.Batch));
        Assert.Equal(requests.Count + rereads.Count + second.SeriesRereadBatches, log.Count);
        Assert.Equal(0, first.SeriesRereads);
    }

    /// <summary>The simulator logs a request once its response has been written, which can be just after the client has
    /// read it: wait (bounded) until every request of the first sync is in the log, so none lands in the second's.</summary>
    private static async Task FirstSyncLoggedAsync(PipelineHarness harness, int requests)
    {
        for (var i = 0; i < 100 && harness.Simulator.Control.RequestLog.Count(r => !r.IsBatchItem && r.Status != 429) < requests; i++)
        {
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task ChangesBetweenSyncs_AddsDeletesAndMoves_StoreMatches()
    {
        await using var harness = await PipelineHarness.StartAsync(provider, Snapshot);
        var mailbox = (await harness.MailboxesAsync())[0];
        var user = mailbox.UserId.ToString();
        await harness.SyncAsync(mailbox.UserId);
        var (before, meetingsBefore) = await harness.StoredIdsAsync(mailbox.UserId);
        var deleted = before.Order(StringComparer.Ordinal).First();
        var moved = before.Order(StringComparer.Ordinal).Skip(1).First();
        // A single instance: Graph reports its deletion (an occurrence's it does not, GF-4: see the Gf04 tests).
        var deletedEvent = SnapshotTruth.SingleInstanceIds(Snapshot, mailbox.UserId).Where(meetingsBefore.Contains).Order(StringComparer.Ordinal).First();

        var control = harness.Simulator.Control;
        control.AddMessage(user, Message("added-1", "inbox", harness.Now.AddHours(-2)));
        control.AddMessage(user, Message("added-junk", "junkemail", harness.Now.AddHours(-1)));
        control.DeleteMessage(user, deleted);
        control.MoveMessage(user, moved, "archive");
        control.AddEvent(user, Event("event-added", harness.Now.AddDays(-1)));
        control.DeleteEvent(user, deletedEvent);
        var report = await harness.SyncAsync(mailbox.UserId);

        var (after, meetingsAfter) = await harness.StoredIdsAsync(mailbox.UserId);
        var expected = new HashSet<string>(before, StringComparer.Ordinal) { "added-1" };
        expected.Remove(deleted);
        Assert.Equal(expected.Order(), after.Order());
        Assert.Contains("event-added", meetingsAfter);
        Assert.DoesNotContain(deletedEvent, meetingsAfter);
        Assert.Equal(0, report.Restarts);
    }

    [Fact]
    public async Task ExpiredDeltaTokens_RestartCleanly_NoDuplicatesNothingLost()
    {
        await using var harness = await PipelineHarness.StartAsync(provider, Snapshot);
        var mailbox = (await harness.MailboxesAsync())[0];
        var user = mailbox.UserId.ToString();
        await harness.SyncAsync(mailbox.UserId);
        var (before, _) = await harness.StoredIdsAsync(mailbox.UserId);

        harness.Simulator.Control.ExpireDeltaTokens(user);
        harness.Simulator.Control.AddMessage(user, Message("after-expiry", "inbox", harness.Now.AddHours(-1)));
        var removed = before.Order(StringComparer.Ordinal).First();
        harness.Simulator.Control.DeleteMessage(user, removed);
        var report = await harness.SyncAsync(mailbox.UserId);

        Assert.Equal(report.Streams, report.Restarts);
        var (after, _) = await harness.StoredIdsAsync(mailbox.UserId);
        var expected = new HashSet<string>(before, StringComparer.Ordinal) { "after-expiry" };
        expected.Remove(removed);
        Assert.Equal(expected.Order(), after.Order());
    }

    [Fact]
    public async Task ThrottlingAndServerErrors_WaitedOut_NothingLost()
    {
        await using var harness = await PipelineHarness.StartAsync(provider, Snapshot, graph => graph.PageSize = 50);
        var mailbox = (await harness.MailboxesAsync())[0];
        harness.Simulator.Control.SetFaults(new FaultOptions
        {
            Seed = 5, ThrottleRate = 0.25, ServiceUnavailableRate = 0.05, GatewayTimeoutRate = 0.05, RetryAfterSeconds = 0,
        });

        await harness.SyncAsync(mailbox.UserId);

        var faults = harness.Simulator.Control.Counters.FaultsByKind;
        Assert.True(faults.Values.Sum() > 0, "the simulator injected no fault");
        var (messages, meetings) = await harness.StoredIdsAsync(mailbox.UserId);
        Assert.Equal(SnapshotTruth.MessageIds(Snapshot, mailbox.UserId).Order(), messages.Order());
        Assert.Equal(SnapshotTruth.EventIds(Snapshot, mailbox.UserId).Order(), meetings.Order());
    }

    [Fact]
    public async Task EveryRequest_MetadataOnlyImmutableIdsAuthorisedWithinConcurrencyLimit()
    {
        await using var harness = await PipelineHarness.StartAsync(provider, Snapshot, graph => graph.PageSize = 20);
        foreach (var mailbox in await harness.MailboxesAsync())
        {
            await harness.SyncAsync(mailbox.UserId);
            await harness.SyncAsync(mailbox.UserId);
        }

        var counters = harness.Simulator.Control.Counters;
        Assert.True(counters.Requests > 50);
        Assert.Equal(0, counters.MetadataGuardRejections);
        Assert.Equal(0, counters.Unauthorized);
        Assert.Equal(0, counters.ConcurrencyRejections);
        Assert.All(counters.MaxConcurrencyByMailbox.Values, max => Assert.InRange(max, 1, 4));
        var itemRequests = harness.Simulator.Control.RequestLog.Where(r => r.PathAndQuery.Contains("delta", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(itemRequests);
        Assert.All(itemRequests, r => Assert.True(r.ImmutableIdRequested && r.AuthorizationPresent && r.Status == 200, r.PathAndQuery));
        Assert.All(harness.Simulator.Control.RequestLog.Where(r => r.PathAndQuery.Contains("/messages", StringComparison.Ordinal) && !r.PathAndQuery.Contains("$deltatoken", StringComparison.OrdinalIgnoreCase) && !r.PathAndQuery.Contains("$skiptoken", StringComparison.OrdinalIgnoreCase)),
            r => Assert.Contains("select=", Uri.UnescapeDataString(r.PathAndQuery), StringComparison.OrdinalIgnoreCase));
        foreach (var mailbox in await harness.MailboxesAsync())
        {
            var (messages, _) = await harness.StoredIdsAsync(mailbox.UserId);
            Assert.DoesNotContain(messages, id => id.StartsWith("RestId-", StringComparison.Ordinal));
        }
    }

    internal static JsonObject Message(string id, string folder, DateTimeOffset at) => new()
    {
        ["id"] = id,
        ["conversationId"] = "conv-" + id,
        ["from"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = "Zed", ["address"] = "zed@fabrikam.example" } },
        ["toRecipients"] = new JsonArray(),
        ["ccRecipients"] = new JsonArray(),
        ["bccRecipients"] = new JsonArray(),
        ["sentDateTime"] = at.ToString("o"),
        ["receivedDateTime"] = at.ToString("o"),
        ["isDraft"] = false,
        ["inferenceClassification"] = "focused",
        ["parentFolderId"] = folder,
    };

    internal static JsonObject Event(string id, DateTimeOffset start) => new()
    {
        ["id"] = id,
        ["start"] = new JsonObject { ["dateTime"] = start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff"), ["timeZone"] = "UTC" },
        ["end"] = new JsonObject { ["dateTime"] = start.AddMinutes(30).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff"), ["timeZone"] = "UTC" },
        ["organizer"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = "Zed", ["address"] = "zed@fabrikam.example" } },
        ["attendees"] = new JsonArray(),
        ["isOrganizer"] = false,
        ["isCancelled"] = false,
        ["type"] = "singleInstance",
    };
}

public sealed class MailboxSyncSqliteTests() : MailboxSyncTests(StorageProvider.Sqlite);

public sealed class MailboxSyncPostgresTests() : MailboxSyncTests(StorageProvider.PostgreSql);

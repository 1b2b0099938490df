using OutlookNetworking.Data.Storage;
using OutlookNetworking.Graph;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.Graph.Directory;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.Web.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.Pipeline;

namespace OutlookNetworking.Web.Tests.Sync;

/// <summary>
/// The product against Graph's limits and failures as the simulator plays them (graph-fidelity GF-16, GF-17): the cap on
/// concurrent requests, throttled <c>$batch</c> steps, gateway answers without JSON, 503 without Retry-After, and app
/// tokens expiring in the middle of a run.
/// </summary>
public sealed class GraphLimitsTests
{
    private static string Snapshot => GeneratedTenants.Small;

    /// <summary>Every mailbox synced at once, as a night's parallel jobs would; the store must equal the snapshot.</summary>
    private static async Task SyncEveryMailboxAtOnceAsync(PipelineHarness harness)
    {
        var mailboxes = await harness.MailboxesAsync();
        await Task.WhenAll(mailboxes.Select(m => Task.Run(() => harness.SyncAsync(m.UserId))));
        foreach (var mailbox in mailboxes)
        {
            var (messages, meetings) = await harness.StoredIdsAsync(mailbox.UserId);
            Assert.Equal(SnapshotTruth.MessageIds(Snapshot, mailbox.UserId).Order(), messages.Order());
            Assert.Equal(SnapshotTruth.EventIds(Snapshot, mailbox.UserId).Order(), meetings.Order());
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Sync_Gf16_EveryMailboxAtOnce_NeverMoreInFlightThanTheCapAndNeverThrottled(int cap)
    {
        await using var harness = await PipelineHarness.StartAsync(StorageProvider.Sqlite, Snapshot, o => o.MaxConcurrentRequests = cap);
        // Every request takes a while, so many would be in flight at once without the cap.
        harness.Simulator.Control.SetFaults(new FaultOptions { LatencyRate = 1, LatencyMilliseconds = 15 });
        harness.Simulator.Control.ResetCounters();

        await SyncEveryMailboxAtOnceAsync(harness);

        var counters = harness.Simulator.Control.Counters;
        Assert.Equal(cap, counters.MaxConcurrentRequests);
        Assert.Equal(0, counters.AppConcurrencyRejections + counters.ConcurrencyRejections + counters.RateLimitRejections);
    }

    [Fact]
    public async Task Directory_Gf16_BatchStepsThrottledOrUnavailable_SentAgainAndEveryMailboxSettingRead()
    {
        await using var harness = await PipelineHarness.StartAsync(StorageProvider.Sqlite, Snapshot);
        var reader = harness.Get<DirectoryReader>();
        var clean = await reader.ReadAsync(harness.TenantId, CancellationToken.None);
        harness.Simulator.Control.ClearRequestLog();
        harness.Simulator.Control.AddFaultRule(new FaultRule { Kind = FaultKind.Throttle, Count = 2, PathContains = "/mailboxSettings" });
        harness.Simulator.Control.AddFaultRule(new FaultRule { Kind = FaultKind.ServiceUnavailableWithoutRetryAfter, Count = 1, PathContains = "/mailboxSettings" });

        var read = await reader.ReadAsync(harness.TenantId, CancellationToken.None);

        static List<string> Shown(IEnumerable<DirectoryEntry> entries) =>
            entries.Select(e => $"{e.UserId} {e.Mail} {e.TimeZone} {e.UserPurpose} {string.Join(',', e.Aliases)}").ToList();
        Assert.Equal(Shown(clean), Shown(read));
        Assert.All(read.Where(e => e.Mail is not null), e => Assert.NotNull(e.TimeZone));
        var steps = harness.Simulator.Control.RequestLog.Where(r => r.IsBatchItem).ToList();
        Assert.Equal(3, steps.Count(r => r.Status is 429 or 503));
        Assert.Equal(2, harness.Simulator.Control.RequestLog.Count(r => r.PathAndQuery.EndsWith("/$batch", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Batch_Gf16_StepThrottledThenServedAndStepRefusedForGood_OutcomesWithGraphsErrorCode()
    {
        await using var harness = await PipelineHarness.StartAsync(StorageProvider.Sqlite, Snapshot);
        var clients = harness.Get<GraphClientProvider>();
        var client = clients.For(harness.TenantId);
        var someone = (await harness.MailboxesAsync())[0].UserId.ToString();
        harness.Simulator.Control.AddFaultRule(new FaultRule { Kind = FaultKind.Throttle, Count = 1, PathContains = someone + "/mailboxSettings", RetryAfterSeconds = 0 });
        var requests = 0;
        var steps = new List<(string, Microsoft.Kiota.Abstractions.RequestInformation)>
        {
            ("someone", client.Users[someone].MailboxSettings.ToGetRequestInformation()),
            ("nobody", client.Users["nobody@contoso.example"].MailboxSettings.ToGetRequestInformation()),
        };

        var outcomes = await GraphBatch.RunAsync<string, Microsoft.Graph.Models.MailboxSettings>(client, steps,
            new BatchSettings(clients.StepsPerBatch, 3, TimeSpan.FromMilliseconds(5), TimeProvider.System, n => requests += n), CancellationToken.None);

        Assert.True(outcomes["someone"].Succeeded);
        Assert.NotNull(outcomes["someone"].Value?.TimeZone);
        Assert.Equal(404, outcomes["nobody"].Status);
        Assert.Equal("ErrorInvalidUser", outcomes["nobody"].ErrorCode);
        Assert.Equal(2, requests); // the batch, then the one step sent again
    }

    [Fact]
    public async Task Sync_Gf16_WellKnownFolderStepThrottled_SentAgainAndCountedAsARequest()
    {
        await using var clean = await PipelineHarness.StartAsync(StorageProvider.Sqlite, Snapshot);
        var cleanMailbox = (await clean.MailboxesAsync())[0];
        var baseline = await clean.SyncAsync(cleanMailbox.UserId);
        await using var harness = await PipelineHarness.StartAsync(StorageProvider.Sqlite, Snapshot);
        var mailbox = (await harness.MailboxesAsync())[0];
        harness.Simulator.Control.AddFaultRule(new FaultRule { Kind = FaultKind.Throttle, Count = 1, PathContains = "/mailFolders/inbox?" });

        var report = await harness.SyncAsync(mailbox.UserId);

        Assert.Equal(baseline.Requests + 1, report.Requests);
        var (messages, _) = await harness.StoredIdsAsync(mailbox.UserId);
        Assert.Equal(SnapshotTruth.MessageIds(Snapshot, mailbox.UserId).Order(), messages.Order());
    }

    [Fact]
    public async Task Sync_Gf16_GatewayHtmlAnswersAndBare503_RetriedNothingLostAndLoggedByStatusOnly()
    {
        var logs = new RecordingLog();
        await using var harness = await PipelineHarness.StartAsync(StorageProvider.Sqlite, Snapshot, logs: logs);
        var control = harness.Simulator.Control;
        control.AddFaultRule(new FaultRule { Kind = FaultKind.BadGatewayHtml, Count = 2, PathContains = "/delta" });
        control.AddFaultRule(new FaultRule { Kind = FaultKind.GatewayTimeoutHtml, Count = 2, PathContains = "/delta" });
        control.AddFaultRule(new FaultRule { Kind = FaultKind.ServiceUnavailableWithoutRetryAfter, Count = 2, PathContains = "/delta" });

        await SyncEveryMailboxAtOnceAsync(harness);

        var faults = control.Counters.FaultsByKind;
        Assert.Equal(2, faults["BadGatewayHtml"]);
        Assert.Equal(2, faults["GatewayTimeoutHtml"]);
        Assert.Equal(2, faults["ServiceUnavailableWithoutRetryAfter"]);
        var gateway = logs.Lines.Where(l => l.Contains("instead of JSON", StringComparison.Ordinal)).ToList();
        Assert.Contains(gateway, l => l.Contains("Graph answered 502 with a text/html body", StringComparison.Ordinal));
        Assert.Contains(gateway, l => l.Contains("Graph answered 504 with a text/html body", StringComparison.Ordinal));
        Assert.All(gateway, l => Assert.StartsWith("Warning", l, StringComparison.Ordinal));
        Assert.All(gateway, l => Assert.DoesNotContain("/users/", l, StringComparison.Ordinal)); // the status, no request
    }

    [Fact]
    public async Task Sync_Gf17_TokensExpireMidRun_ANewTokenAndEveryMailboxSynced()
    {
        var tokens = new RenewingTokens();
        await using var harness = await PipelineHarness.StartAsync(StorageProvider.Sqlite, Snapshot, tokens: tokens);
        var control = harness.Simulator.Control;
        control.SetFaults(new FaultOptions { LatencyRate = 1, LatencyMilliseconds = 10 });
        using var stop = new CancellationTokenSource();
        var expiries = 0;
        // While the run goes on, Graph ends the life of every token it has seen, again and again.
        var expiring = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(300);
                control.ExpireAccessTokens();
                expiries++;
            }
        });

        await SyncEveryMailboxAtOnceAsync(harness);
        await stop.CancelAsync();
        await expiring;

        Assert.True(expiries >= 2, $"tokens expired {expiries} times");
        Assert.True(control.Counters.ExpiredTokenRejections > 0);
        Assert.True(tokens.Issued >= 2, $"{tokens.Issued} tokens issued");
    }

    /// <summary>App tokens as a credential's cache hands them out: the same one until Graph refuses it, then a new one.</summary>
    private sealed class RenewingTokens : IGraphAccessTokenSource
    {
        private readonly Lock _gate = new();
        private int _generation = 1;

        public int Issued
        {
            get
            {
                lock (_gate)
                {
                    return _generation;
                }
            }
        }

        public Task<string> GetTokenAsync(Guid tenantId, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                return Task.FromResult(Current);
            }
        }

        public Task<string> RenewTokenAsync(Guid tenantId, string rejectedToken, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (Current == rejectedToken)
                {
                    _generation++;
                }

                return Task.FromResult(Current);
            }
        }

        private string Current => PipelineHarness.Token + "-" + _generation.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

using OutlookNetworking.Data.Coordination;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Hosting;
using Xunit.Abstractions;

namespace OutlookNetworking.Web.Tests.ScaleOut;

/// <summary>
/// graph-fidelity GF-16 across a deployment: two worker instances on one PostgreSQL share one night, each with four
/// Hangfire workers syncing up to four streams a mailbox, and the cap on concurrent Graph requests
/// (<c>Graph:MaxConcurrentRequests</c>) holds across both: the simulator, which sees every request of both, never sees
/// more in flight.
/// </summary>
[Collection(HangfireHosts.Name)]
public sealed class GraphCapScaleOutTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Cap = 3;
    private GraphSimulatorHost? _simulator;

    private GraphSimulatorHost Simulator => _simulator!;

    public async Task InitializeAsync() =>
        _simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = ScaleOutTenants.FortyMailboxes });

    public async Task DisposeAsync() => await Simulator.DisposeAsync();

    [Fact]
    public async Task Night_Gf16_TwoWorkersOnPostgreSql_TheCapHoldsAcrossBoth()
    {
        await using var store = await ScaleOutStore.CreateAsync(StorageProvider.PostgreSql);
        var settings = new Dictionary<string, string?> { ["Graph:MaxConcurrentRequests"] = Cap.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var now = Simulator.Snapshot.Now!.Value;
        await using var a = await ProductHost.StartAsync("cap-a", HostRole.Worker, store, Simulator.BaseUrl, now, settings: settings);
        await using var b = await ProductHost.StartAsync("cap-b", HostRole.Worker, store, Simulator.BaseUrl, now, settings: settings);
        var tenantId = await Nights.ConsentAsync(a, Simulator.Snapshot);
        var mailboxes = await Nights.ReadDirectoryAsync(a, tenantId);
        // Every request takes a while (as real Graph's do), so far more would be in flight at once without the cap.
        Simulator.Control.SetFaults(new FaultOptions { LatencyRate = 1, LatencyMilliseconds = 10 });
        Simulator.Control.ResetCounters();

        Nights.Enqueue(a, tenantId);
        await Nights.WaitForQuietAsync(a.Jobs, 1 + mailboxes.Count, TimeSpan.FromMinutes(3));

        var counters = Simulator.Control.Counters;
        var runs = JobHistory.All(a.Jobs).Where(r => r.Type == typeof(MailboxNightJob)).ToList();
        var byNode = new[] { a.Name, b.Name }.ToDictionary(n => n, n => runs.Count(r => JobHistory.IsOn(r.SucceededOn, n)));
        output.WriteLine($"peak concurrent Graph requests seen by the simulator: {counters.MaxConcurrentRequests} (cap {Cap}); " +
                         $"requests {counters.Requests}; mailboxes by node: {string.Join(", ", byNode.Select(p => $"{p.Key} {p.Value}"))}");
        Assert.Equal(Cap, counters.MaxConcurrentRequests);
        Assert.Equal(0, counters.AppConcurrencyRejections + counters.ConcurrencyRejections);
        Assert.All(byNode, pair => Assert.True(pair.Value > 0, $"{pair.Key} synced no mailbox"));
        Assert.Equal(mailboxes.Count, runs.Count(r => r.SucceededCount == 1));
        foreach (var mailbox in mailboxes)
        {
            var stored = await a.Get<MailboxStore>().FindAsync(new MailboxKey(tenantId, mailbox.UserId), CancellationToken.None);
            Assert.Equal(now, stored!.LastAnalysedAt);
        }

        Assert.Equal(0, await a.Get<GraphRequestSlotTable>().CountTakenAsync(CancellationToken.None)); // every slot given back
    }
}

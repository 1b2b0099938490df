using System.Diagnostics;
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
/// Scale-out: three worker instances (each the product's host with its own Hangfire server) share one PostgreSQL
/// database for data and jobs, and one night of a 200-mailbox generated tenant. One instance is stopped in the
/// middle of the night, as a deployment would; the others finish its mailboxes. The store they leave equals what a
/// single server leaves on another database.
/// </summary>
[Collection(HangfireHosts.Name)]
public sealed class MultiServerNightTests(ITestOutputHelper output) : IAsyncLifetime
{
    // A ceiling, not a measure: on a loaded 2-core machine the slowed night leaves node-c busy for over two minutes, and
    // once (load above 5, inside the whole suite) the five minutes this used to allow ran out; alone it takes about one.
    private static readonly TimeSpan NightTimeout = TimeSpan.FromMinutes(10);
    private static readonly string[] Nodes = ["node-a", "node-b", "node-c"];
    private GraphSimulatorHost? _simulator;

    private GraphSimulatorHost Simulator => _simulator!;

    private DateTimeOffset Now => Simulator.Snapshot.Now!.Value;

    public async Task InitializeAsync() =>
        _simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = ScaleOutTenants.TwoHundredMailboxes });

    public async Task DisposeAsync() => await Simulator.DisposeAsync();

    [Fact]
    public async Task Night_ThreeServersOneStoppedMidNight_EveryMailboxOnceAndStoreEqualsSingleServer()
    {
        IReadOnlyList<string> shared;
        Guid tenantId;
        await using (var store = await ScaleOutStore.CreateAsync(StorageProvider.PostgreSql))
        {
            var hosts = new List<ProductHost>();
            try
            {
                foreach (var node in Nodes)
                {
                    hosts.Add(await ProductHost.StartAsync(node, HostRole.Worker, store, Simulator.BaseUrl, Now));
                }

                var (a, c) = (hosts[0], hosts[2]);
                tenantId = await Nights.ConsentAsync(a, Simulator.Snapshot);
                var mailboxes = await Nights.ReadDirectoryAsync(a, tenantId);
                Assert.Equal(200, mailboxes.Count);

                var night = Stopwatch.StartNew();
                Nights.Enqueue(a, tenantId);
                await Nights.WaitUntilAsync(() => Task.FromResult(a.Jobs.GetMonitoringApi().SucceededListCount() >= 40),
                    NightTimeout, () => "the first 40 mailboxes were not done");

                // Graph slows down (400 ms a request), so a mailbox node-c starts from now on runs for seconds:
                // stopping node-c then interrupts it for certain (Hangfire lets running jobs finish for 0.5 s only).
                var slowSince = DateTime.UtcNow;
                Simulator.Control.SetFaults(new FaultOptions { LatencyRate = 1, LatencyMilliseconds = 400 });
                await Nights.WaitUntilAsync(() => Task.FromResult(JobHistory.IsRunningJobsOn(a.Jobs, c.Name, startedAfter: slowSince)),
                    NightTimeout, () => "node-c took no mailbox once Graph slowed down");
                var stopping = Stopwatch.StartNew();
                await c.StopAsync(); // mid-night: node-c cancels what it runs; those jobs go back to the queue
                output.WriteLine($"node-c stopped in {stopping.ElapsedMilliseconds} ms, {night.Elapsed.TotalSeconds:0.0} s into the night");
                Simulator.Control.ClearFaults();
                await Nights.WaitForQuietAsync(a.Jobs, 1 + mailboxes.Count, NightTimeout);
                output.WriteLine($"three-server night: {night.Elapsed.TotalSeconds:0.0} s");

                var runs = JobHistory.All(a.Jobs).Where(r => r.Type == typeof(MailboxNightJob)).ToList();
                var failures = string.Join("; ", runs.Where(r => r.SucceededCount != 1).Select(r => $"{r.JobId}: {string.Join(">", r.States.Select(s => s.Name))}"));
                Assert.True(failures.Length == 0, failures);

                // Exactly once: one job per mailbox, each succeeded once, and every mailbox analysed.
                Assert.Equal(mailboxes.Select(m => m.UserId).Order(), runs.Select(r => (Guid)r.Args[1]!).Order());
                foreach (var mailbox in mailboxes)
                {
                    var stored = await a.Get<MailboxStore>().FindAsync(new MailboxKey(tenantId, mailbox.UserId), CancellationToken.None);
                    Assert.Equal(Now, stored!.LastAnalysedAt);
                }

                // Spread over the servers, read from Hangfire's history: each finished mailboxes.
                var finishedBy = Nodes.ToDictionary(n => n, n => runs.Count(r => JobHistory.IsOn(r.SucceededOn, n)));
                Assert.All(finishedBy, pair => Assert.True(pair.Value > 0, $"{pair.Key} finished no mailbox: {string.Join(", ", finishedBy)}"));
                Assert.Equal(runs.Count, finishedBy.Values.Sum());
                output.WriteLine("mailboxes finished by " + string.Join(", ", finishedBy.Select(p => $"{p.Key} {p.Value}")));

                // node-c's unfinished mailboxes were finished by the others, and nothing ran on it after it stopped.
                var takenOver = runs.Where(r => r.ProcessedBy.Any(s => JobHistory.IsOn(s, c.Name)) && !JobHistory.IsOn(r.SucceededOn, c.Name)).ToList();
                Assert.NotEmpty(takenOver);
                output.WriteLine($"node-c was stopped while running {takenOver.Count} mailboxes; the others finished them");
                Assert.All(takenOver, r => Assert.False(JobHistory.IsOn(r.ProcessedBy[^1], c.Name)));

                shared = await StoreFingerprint.ReadAsync(a, tenantId);
            }
            finally
            {
                foreach (var host in hosts)
                {
                    await host.DisposeAsync();
                }
            }
        }

        await using var soloStore = await ScaleOutStore.CreateAsync(StorageProvider.PostgreSql);
        await using var solo = await ProductHost.StartAsync("solo", HostRole.Worker, soloStore, Simulator.BaseUrl, Now);
        await Nights.ConsentAsync(solo, Simulator.Snapshot);
        var count = (await Nights.ReadDirectoryAsync(solo, tenantId)).Count;
        var soloNight = Stopwatch.StartNew();
        Nights.Enqueue(solo, tenantId);
        await Nights.WaitForQuietAsync(solo.Jobs, 1 + count, NightTimeout);
        output.WriteLine($"single-server night: {soloNight.Elapsed.TotalSeconds:0.0} s");

        var single = await StoreFingerprint.ReadAsync(solo, tenantId);
        Assert.Equal(200, single.Count);
        Assert.Equal(single, shared);
    }
}

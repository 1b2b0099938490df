using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Generator;
using OutlookNetworking.Demo.Features.DemoNight;

namespace OutlookNetworking.Cli.Commands.Load;

/// <summary>
/// One load run. The product host runs as a child process in demo mode (its per-user rate limiter on, with room for
/// the run's rate), against a Graph simulator in this process (Graph is another service in production too). After a
/// first night has synced and analysed every mailbox, nights run back to back in the host while this process sends
/// <see cref="LoadSettings.RequestsPerSecond"/> on loopback, alternating <c>/api/people</c> and
/// <c>/api/suggestions</c> over every user's own token.
/// </summary>
internal static class LoadRun
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public static async Task<LoadOutcome> ExecuteAsync(LoadSettings settings, TextWriter progress, CancellationToken cancellationToken)
    {
        var tenantPath = settings.TenantPath ?? Tenant(settings, progress);
        await using var simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = tenantPath }, cancellationToken);
        var data = Directory.CreateTempSubdirectory("outlooknetworking-load-");
        try
        {
            var allowance = (settings.RequestsPerSecond * 2).ToString(CultureInfo.InvariantCulture);
            using var host = ChildHost.Start(new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Demo:TenantPath"] = tenantPath,
                ["Demo:SimulatorUrl"] = simulator.RootUri.ToString(),
                ["Demo:RunNightOnStart"] = "false",
                ["App:DataDirectory"] = data.FullName,
                // The limiter stays in the path; one user may send the whole rate (a real user sends a few a minute).
                ["RateLimits:BurstPerUser"] = allowance,
                ["RateLimits:PerSecondPerUser"] = allowance,
            });
            var address = await host.WaitForAddressAsync(StartTimeout, cancellationToken);
            using var handler = new SocketsHttpHandler
            {
                MaxConnectionsPerServer = settings.Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            };
            using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
            using var nightClient = new HttpClient { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };

            progress.WriteLine($"[load] host {address} (pid {host.Id}); first night (sync and analysis of every mailbox) ...");
            var clock = Stopwatch.StartNew();
            using var first = await nightClient.PostAsync(new Uri("/demo/night?timeoutSeconds=1800", UriKind.Relative), null, cancellationToken);
            first.EnsureSuccessStatusCode();
            var night = await first.Content.ReadFromJsonAsync<DemoNightSummary>(cancellationToken)
                        ?? throw new InvalidOperationException("The first night returned no summary.");
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[load] first night: {night.Mailboxes} mailboxes, {night.Analysed} analysed, {night.Sent} digests, {clock.Elapsed.TotalSeconds:0.0} s"));
            var traffic = await ApiTraffic.PrepareAsync(http, cancellationToken);

            var loadAverageBefore = LoadAverage();
            var nights = new NightLoop(nightClient, simulator.Control, settings.Night);
            using var stopNights = new CancellationTokenSource();
            var nightsRunning = nights.RunAsync(stopNights.Token, cancellationToken);
            var cpuBefore = host.CpuTime;
            var wallBefore = Stopwatch.GetTimestamp();
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[load] {settings.RequestsPerSecond} requests/s for {settings.WarmUp.TotalSeconds:0} + {settings.Duration.TotalSeconds:0} s, nights running ..."));
            var samples = await FixedRateLoad.RunAsync(http, traffic.Request, settings.RequestsPerSecond, settings.WarmUp, settings.Duration,
                cancellationToken);
            var hostCpu = (host.CpuTime - cpuBefore).TotalSeconds / Stopwatch.GetElapsedTime(wallBefore).TotalSeconds;
            var coverage = nights.Coverage(samples.MeasureFrom, samples.SentUntil);
            await stopNights.CancelAsync();
            progress.WriteLine("[load] load done; waiting for the night under way to finish ...");
            await nightsRunning;
            if (host.HasExited)
            {
                throw new InvalidOperationException("The host exited during the load:\n" + host.Output);
            }

            return Summarise(settings, night.Mailboxes, traffic.Users, samples, nights, coverage, hostCpu, loadAverageBefore);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static LoadOutcome Summarise(LoadSettings settings, int mailboxes, int users, LoadSamples samples, NightLoop nights,
        double coverage, double hostCpu, string loadAverageBefore)
    {
        var measured = samples.Measured().ToList();
        var endpoints = ApiTraffic.Endpoints
            .Select((name, i) => LatencyStats.Of(name, measured.Where(m => m.Endpoint == i).Select(m => (m.Status, m.LatencyMs)).ToList()))
            .ToList();
        var overall = LatencyStats.Of("all", measured.Select(m => (m.Status, m.LatencyMs)).ToList());
        var lastAnswer = measured.Count == 0 ? samples.MeasureFrom : measured.Max(m => m.Done);
        var seconds = Math.Max((lastAnswer - samples.MeasureFrom) / (double)Stopwatch.Frequency, settings.Duration.TotalSeconds);
        var errors = measured.Where(m => !LatencyStats.IsSuccess(m.Status)).GroupBy(m => m.Status)
            .ToDictionary(g => g.Key, g => g.Count());
        return new LoadOutcome(settings, mailboxes, users, overall, endpoints, measured.Count / seconds, errors, nights.Completed,
            nights.MailboxesAnalysed, coverage, hostCpu, loadAverageBefore, LoadAverage());
    }

    private static string Tenant(LoadSettings settings, TextWriter progress)
    {
        var path = Path.Combine(Path.GetTempPath(), $"outlooknetworking-load-{settings.Users}u-{settings.Months}m-{settings.Seed}");
        if (!File.Exists(Path.Combine(path, "tenant.json")))
        {
            progress.WriteLine($"[load] generating a tenant of {settings.Users} users over {settings.Months} months in {path} ...");
            TenantGenerator.Generate(new TenantGeneratorOptions
            {
                OutputPath = path, Users = settings.Users, Months = settings.Months, Seed = settings.Seed,
            });
        }

        return path;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

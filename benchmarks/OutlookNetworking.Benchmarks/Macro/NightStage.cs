using System.Globalization;
using System.Text.Json;
using Npgsql;
using OutlookNetworking.GraphSimulator;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// The nightly run of the generated tenant (1,000 light users; 200 with --quick): wall time from queueing the tenant's
/// night to the last mailbox analysed, on one instance (the embedded default: SQLite and Hangfire in memory) and on two
/// worker instances sharing PostgreSQL for data and jobs. Each instance is its own process, warmed up (started) before
/// the night is queued; the simulator runs in this process. Then the engine over the whole tenant's store.
/// </summary>
internal static class NightStage
{
    private static readonly TimeSpan NightTimeout = TimeSpan.FromMinutes(6);

    public static async Task RunAsync(BenchSettings settings, Figures figures)
    {
        var tenantPath = BenchTenants.Light(settings, settings.NightUsers);
        var tenant = TenantFacts.Read(tenantPath);
        await using var simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = tenantPath, RequestLogCapacity = 1_000 });
        var label = $"{settings.NightUsers:N0}-user";

        var sqlite = settings.Path("night", "single.db");
        Directory.CreateDirectory(Path.GetDirectoryName(sqlite)!);
        foreach (var file in new[] { sqlite, sqlite + "-wal", sqlite + "-shm" })
        {
            File.Delete(file);
        }

        JsonElement single;
        using (var solo = ChildProcess.StartBenchmarkChild("night-single", Night(simulator, tenantPath, "single", ["--sqlite", sqlite, "--trigger"])))
        {
            single = await solo.ResultAsync(NightTimeout);
        }

        var singleSeconds = single.GetProperty("seconds").GetDouble();
        var mailboxes = single.GetProperty("mailboxes").GetInt32();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[bench] night on one instance: {singleSeconds:0.0} s for {mailboxes} mailboxes"));
        figures.Put("nightMailboxes", mailboxes);
        figures.Put("nightSingleFailed", single.GetProperty("failed").GetInt32());
        figures.Put("nightSinglePeakMb", Math.Round(single.GetProperty("peakKb").GetDouble() / 1024));

        double? twoSeconds = null;
        if (settings.PostgresAdmin is { } admin)
        {
            twoSeconds = await RunTwoWorkersAsync(admin, simulator, tenantPath, figures);
        }
        else
        {
            Console.Error.WriteLine($"[bench] no PostgreSQL ({BenchSettings.PostgresVariable} unset): the two-worker night is skipped");
        }

        figures.Add(new Figure($"night: {label} tenant, one instance (SQLite)", "nightSingleSec", singleSeconds, "s",
            Goal: "report"));
        figures.Add(new Figure($"night: {label} tenant, two workers (PostgreSQL)", "nightTwoWorkersSec", twoSeconds, "s",
            "nightSingleSec", singleSeconds, "nightSpeedup", twoSeconds is { } two ? singleSeconds / two : null, "report speed-up"));
        figures.Put("nightPerMailboxMs", Math.Round(singleSeconds * 1000 / mailboxes, 1));

        await using var store = await PipelineHost.OpenAsync(simulator.BaseUrl, tenant, sqlite);
        await AnalysisStage.RunTenantAsync(store, figures, label);
    }

    private static async Task<double> RunTwoWorkersAsync(string admin, GraphSimulatorHost simulator, string tenantPath, Figures figures)
    {
        var database = "on_bench_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(admin, $"CREATE DATABASE {database}");
        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ToString();
        try
        {
            using var first = ChildProcess.StartBenchmarkChild("worker-1", Night(simulator, tenantPath, "worker-1", ["--postgres", cs]));
            await first.WaitForLineAsync(l => l == "ready", TimeSpan.FromMinutes(1));
            using var second = ChildProcess.StartBenchmarkChild("worker-2", Night(simulator, tenantPath, "worker-2", ["--postgres", cs, "--trigger"]));
            var result = await second.ResultAsync(NightTimeout);
            var seconds = result.GetProperty("seconds").GetDouble();
            var spread = result.GetProperty("byServer").ToString();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[bench] night on two workers: {seconds:0.0} s; jobs by server {spread}"));
            figures.Put("nightTwoWorkersJobsByServer", JsonSerializer.Deserialize<Dictionary<string, int>>(spread));
            figures.Put("nightTwoWorkersFailed", result.GetProperty("failed").GetInt32());
            return seconds;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static List<string> Night(GraphSimulatorHost simulator, string tenantPath, string name, IEnumerable<string> more) =>
        ["night", "--graph", simulator.BaseUrl, "--snapshot", tenantPath, "--name", name, .. more];

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

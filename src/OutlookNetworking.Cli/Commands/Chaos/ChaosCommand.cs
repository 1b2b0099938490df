using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.GraphSimulator.Generator;

namespace OutlookNetworking.Cli.Commands.Chaos;

/// <summary>
/// <c>chaos [--seeds 10] [--first-seed 1] [--users 12] [--months 6] [--tenant DIR] [--retry-after 1] [--page-size 25]</c>:
/// for each seed, a fault-free run and a chaos run of the night pipeline over the same tenant (generated
/// unless <c>--tenant</c> is given), then compares the two stores row by row and prints what was injected.
/// Exit codes: 0 every seed converged, 1 a store differed, 2 bad arguments.
/// </summary>
internal static class ChaosCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (ChaosArguments.Parse(args, error) is not { } arguments)
        {
            return 2;
        }

        var tenantPath = arguments.TenantPath;
        if (tenantPath is null)
        {
            tenantPath = Path.Combine(Path.GetTempPath(), $"outlooknetworking-chaos-{arguments.Users}u-{arguments.Months}m");
            if (!File.Exists(Path.Combine(tenantPath, "tenant.json")))
            {
                TenantGenerator.Generate(new TenantGeneratorOptions
                {
                    OutputPath = tenantPath, Users = arguments.Users, Months = arguments.Months, Seed = 11,
                });
            }
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"chaos: tenant {tenantPath}, seeds {arguments.FirstSeed}..{arguments.FirstSeed + arguments.Seeds - 1}, Retry-After {arguments.RetryAfterSeconds} s, page size {arguments.PageSize}"));
        await output.WriteLineAsync("seed  requests  faults  throttle  unavail  gateway  dropped  truncated  slow  batch  expiries  retries  restarts  jobRetries  rows    result           seconds");
        var failed = 0;
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var seed = arguments.FirstSeed; seed < arguments.FirstSeed + arguments.Seeds; seed++)
        {
            var settings = new ChaosSettings
            {
                TenantPath = tenantPath, Seed = seed, PageSize = arguments.PageSize, RetryAfterSeconds = arguments.RetryAfterSeconds,
                LatencyMilliseconds = 200, RetryBaseDelay = TimeSpan.FromMilliseconds(200), SdkRetryDelaySeconds = arguments.SdkRetryDelaySeconds,
            };
            var watch = Stopwatch.StartNew();
            var reference = await WithTemporaryStoreAsync(storage => ChaosRun.ExecuteAsync(settings, withFaults: false, storage, CancellationToken.None));
            var chaos = await WithTemporaryStoreAsync(storage => ChaosRun.ExecuteAsync(settings, withFaults: true, storage, CancellationToken.None));
            var difference = chaos.Store.CompareWith(reference.Store);
            failed += difference.IsEmpty ? 0 : 1;
            foreach (var (kind, count) in chaos.FaultsByKind)
            {
                totals[kind] = totals.GetValueOrDefault(kind) + count;
            }

            totals["batch"] = totals.GetValueOrDefault("batch") + chaos.BatchItemFaults;
            totals["expiries"] = totals.GetValueOrDefault("expiries") + chaos.TokenExpiries;
            long Fault(string kind) => chaos.FaultsByKind.GetValueOrDefault(kind);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{seed,4}  {chaos.Requests,8}  {chaos.FaultsInjected,6}  {Fault("Throttle"),8}  {Fault("ServiceUnavailable"),7}  {Fault("GatewayTimeout"),7}  {Fault("DropConnection"),7}  {Fault("TruncatedBody"),9}  {Fault("Latency"),4}  {chaos.BatchItemFaults,5}  {chaos.TokenExpiries,8}  {chaos.PageRetries,7}  {chaos.Restarts,8}  {chaos.JobRetries,10}  {reference.Store.Count,6}  {(difference.IsEmpty ? "equal" : "DIFFERENT"),-15}  {watch.Elapsed.TotalSeconds,7:0.0}"));
            if (!difference.IsEmpty)
            {
                await error.WriteLineAsync($"seed {seed}: {difference}");
                foreach (var key in difference.Lost.Concat(difference.Extra).Concat(difference.Changed).Take(arguments.ShowRows))
                {
                    await error.WriteLineAsync($"  {key}\n    expected: {reference.Store.Rows.GetValueOrDefault(key) ?? "(none)"}\n    chaos:    {chaos.Store.Rows.GetValueOrDefault(key) ?? "(none)"}");
                }
            }
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"total faults injected: {string.Join(", ", totals.Select(t => $"{t.Key} {t.Value}"))}"));
        await output.WriteLineAsync(failed == 0
            ? $"all {arguments.Seeds} seeds converged: every fault survived, zero rows lost or duplicated"
            : $"{failed} of {arguments.Seeds} seeds did NOT converge");
        return failed == 0 ? 0 : 1;
    }

    private static async Task<ChaosOutcome> WithTemporaryStoreAsync(Func<StorageOptions, Task<ChaosOutcome>> run)
    {
        var directory = Directory.CreateTempSubdirectory("outlooknetworking-chaos-");
        try
        {
            return await run(new StorageOptions
            {
                Provider = StorageProvider.Sqlite,
                ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory.FullName, "chaos.db") }.ToString(),
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}

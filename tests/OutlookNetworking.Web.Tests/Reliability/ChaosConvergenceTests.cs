using OutlookNetworking.Data.Storage;
using OutlookNetworking.TestSupport;
using OutlookNetworking.Web.Commands.Chaos;
using Xunit.Abstractions;

namespace OutlookNetworking.Web.Tests.Reliability;

/// <summary>
/// Chaos convergence (short form; <c>dotnet run --project src/OutlookNetworking.Web -- chaos</c> is the long one):
/// for each seed, the night pipeline syncs a generated tenant through the simulator twice, once without faults
/// and once with 42% of requests failing (429 and 503 with Retry-After, 504, dropped connections, truncated JSON,
/// slow answers), throttled <c>$batch</c> steps and delta links expired mid-round and between rounds. The two
/// stores must be equal row by row: no message, meeting or relationship lost, added, changed or duplicated.
/// </summary>
public sealed class ChaosConvergenceTests(ITestOutputHelper output)
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task NightUnderFaults_Seed_StoreEqualsFaultFreeRun(int seed)
    {
        var settings = new ChaosSettings { TenantPath = ChaosTenant.Folder, Seed = seed, LatencyMilliseconds = 10 };

        var reference = await RunAsync(settings, withFaults: false);
        var chaos = await RunAsync(settings, withFaults: true);

        var difference = chaos.Store.CompareWith(reference.Store);
        output.WriteLine($"seed {seed}: {chaos.Requests} requests, {chaos.FaultsInjected} faults injected and survived "
                         + $"({string.Join(", ", chaos.FaultsByKind.Select(f => $"{f.Key} {f.Value}"))}; {chaos.BatchItemFaults} in $batch), "
                         + $"{chaos.TokenExpiries} token expiries, {chaos.PageRetries} page retries, {chaos.Restarts} restarts, "
                         + $"{chaos.JobRetries} job retries; store {reference.Store.Count} rows: {difference}");
        Assert.True(difference.IsEmpty, difference.ToString());
        Assert.Equal(0, reference.Store.Duplicates);
        Assert.True(reference.Store.CountOf("message") > 100, "the reference run stored too few messages to prove anything");
        Assert.True(reference.Store.CountOf("meeting") > 10, "the reference run stored too few meetings to prove anything");
        Assert.True(reference.Store.CountOf("relationship") > 10, "the reference run stored too few relationships to prove anything");
        Assert.All(new[] { "Throttle", "ServiceUnavailable", "GatewayTimeout", "DropConnection", "TruncatedBody", "Latency",
                "ServiceUnavailableWithoutRetryAfter", "BadGatewayHtml", "GatewayTimeoutHtml" },
            kind => Assert.True(chaos.FaultsByKind.GetValueOrDefault(kind) > 0, $"no {kind} fault was injected"));
        Assert.True(chaos.BatchItemFaults > 0, "no $batch step was throttled");
        Assert.True(chaos.TokenExpiries > 0 && chaos.Restarts > 0, "no delta token expired during the run");
        Assert.Equal(0, reference.FaultsInjected);
    }

    private static async Task<ChaosOutcome> RunAsync(ChaosSettings settings, bool withFaults)
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        return await ChaosRun.ExecuteAsync(settings, withFaults, database.Options, CancellationToken.None);
    }
}

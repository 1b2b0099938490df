using System.Diagnostics;
using System.Globalization;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// <c>macro-child sync --graph URL --snapshot DIR --db FILE [--no-sync]</c>: the product's sync of the snapshot's heavy
/// mailbox into a fresh SQLite file, in a process of its own (the simulator runs in the parent), then its peak working
/// set. <c>--no-sync</c> measures the same process without the sync (the baseline footprint).
/// </summary>
internal static class SyncChild
{
    public static async Task<int> RunAsync(ChildArguments arguments)
    {
        var tenant = TenantFacts.Read(arguments.Required("snapshot"));
        await using var host = await PipelineHost.StartAsync(arguments.Required("graph"), tenant, arguments.Required("db"));
        var items = 0;
        var clock = Stopwatch.StartNew();
        if (!arguments.Flag("no-sync"))
        {
            items = (await host.SyncAsync(tenant.HeavyUserId ?? throw new InvalidOperationException("No heavy mailbox."))).Upserted;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $$"""{"items":{{items}},"seconds":{{seconds:0.000}},"peakKb":{{PeakMemory.PeakWorkingSetKilobytes()}},"gcHeapKb":{{GC.GetGCMemoryInfo().HeapSizeBytes / 1024}}}"""));
        return 0;
    }
}

using System.Globalization;
using OutlookNetworking.GraphSimulator;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// Memory: the peak working set (VmHWM) of a process that runs the product's sync of one mailbox of 10k, 40k and 200k
/// messages into SQLite, one process per size, the simulator in this (other) process; beside the same process doing
/// everything but the sync.
/// </summary>
internal static class MemoryStage
{
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromMinutes(4);

    public static async Task RunAsync(BenchSettings settings, Figures figures)
    {
        double? baselineMb = null;
        var peaks = new List<(int Size, double Mb, double PerSecond)>();
        foreach (var size in settings.MemorySizes)
        {
            var tenantPath = BenchTenants.Heavy(settings, size);
            await using var simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = tenantPath, RequestLogCapacity = 1_000 });
            if (baselineMb is null)
            {
                var idle = await RunChildAsync(settings, simulator.BaseUrl, tenantPath, "memory-idle", syncing: false);
                baselineMb = idle.GetProperty("peakKb").GetDouble() / 1024;
            }

            var result = await RunChildAsync(settings, simulator.BaseUrl, tenantPath, $"memory-{size}", syncing: true);
            var items = result.GetProperty("items").GetInt32();
            var seconds = result.GetProperty("seconds").GetDouble();
            var mb = result.GetProperty("peakKb").GetDouble() / 1024;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[bench] memory {size}: {items} items in {seconds:0.00} s, peak {mb:0} MB (GC heap at the end {result.GetProperty("gcHeapKb").GetDouble() / 1024:0} MB)"));
            peaks.Add((size, mb, items / seconds));
        }

        foreach (var (size, mb, _) in peaks)
        {
            var label = Size(size);
            figures.Add(new Figure($"memory: peak working set, sync of {label} msgs", $"memPeak{label}Mb", mb, "MB",
                "memIdleMb", baselineMb, Goal: "< 300 MB", Met: mb < 300));
        }

        var growth = peaks[^1].Mb - peaks[0].Mb;
        figures.Add(new Figure($"memory: growth {Size(peaks[0].Size)} -> {Size(peaks[^1].Size)} msgs", "memGrowthMb", growth, "MB",
            Goal: "flat", Met: growth < 0.25 * peaks[0].Mb));
        foreach (var (size, _, perSecond) in peaks)
        {
            figures.Put($"syncChild{Size(size)}MsgPerSec", Math.Round(perSecond));
        }
    }

    private static async Task<System.Text.Json.JsonElement> RunChildAsync(BenchSettings settings, string graph, string tenantPath, string label,
        bool syncing)
    {
        List<string> arguments = ["sync", "--graph", graph, "--snapshot", tenantPath, "--db", settings.Path("memory", label + ".db")];
        if (!syncing)
        {
            arguments.Add("--no-sync");
        }

        using var child = ChildProcess.StartBenchmarkChild(label, arguments);
        return await child.ResultAsync(ChildTimeout);
    }

    private static string Size(int messages) => messages % 1000 == 0 ? $"{messages / 1000}k" : messages.ToString(CultureInfo.InvariantCulture);
}

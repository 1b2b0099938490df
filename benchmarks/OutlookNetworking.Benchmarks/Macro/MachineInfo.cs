using System.Globalization;
using System.Runtime.InteropServices;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>Where the figures were measured: cores, CPU, memory, runtime, and how busy the machine was.</summary>
internal static class MachineInfo
{
    public static string Cpu() =>
        ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        ?? RuntimeInformation.ProcessArchitecture.ToString();

    public static long MemoryMb() =>
        ReadLines("/proc/meminfo").Where(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024)
            .FirstOrDefault();

    /// <summary>The 1-minute load average (runnable processes; above the core count, work queues for a core).</summary>
    public static double LoadAverage() =>
        ReadLines("/proc/loadavg").Select(l => double.Parse(l.Split(' ')[0], CultureInfo.InvariantCulture)).FirstOrDefault();

    private static IEnumerable<string> ReadLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];
}

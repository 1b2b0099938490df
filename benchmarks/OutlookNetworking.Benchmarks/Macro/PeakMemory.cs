using System.Globalization;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>The process's peak resident set (Linux <c>VmHWM</c>: the most physical memory it ever held).</summary>
internal static class PeakMemory
{
    public static long PeakWorkingSetKilobytes()
    {
        const string Status = "/proc/self/status";
        if (File.Exists(Status))
        {
            foreach (var line in File.ReadLines(Status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }

        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1024;
    }
}

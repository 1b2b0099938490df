using System.Globalization;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>Reads BenchmarkDotNet's CSV reports (written by the micro run bench.sh makes first) into the figures.</summary>
internal static class MicroResults
{
    public static void Add(string resultsDirectory, Figures figures)
    {
        if (!Directory.Exists(resultsDirectory))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(resultsDirectory, "*-report.csv").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            if (lines.Length < 2)
            {
                continue;
            }

            var header = Split(lines[0]);
            var method = Array.IndexOf(header, "Method");
            var mean = Array.IndexOf(header, "Mean");
            var median = Array.IndexOf(header, "Median");
            var allocated = Array.IndexOf(header, "Allocated");
            foreach (var row in lines.Skip(1).Select(Split))
            {
                var name = row[method];
                var key = "micro" + char.ToUpperInvariant(name[0]) + name[1..];
                figures.Add(new Figure($"micro (BenchmarkDotNet): {name}, mean", key + "MeanMs", Milliseconds(row[mean]), "ms",
                    key + "MedianMs", median >= 0 ? Milliseconds(row[median]) : null));
                if (allocated >= 0)
                {
                    figures.Put(key + "Allocated", row[allocated]);
                }
            }
        }
    }

    private static string[] Split(string line) => line.Split(',').Select(c => c.Trim('"')).ToArray();

    /// <summary>BenchmarkDotNet writes durations with their unit ("42.87 ms", "812.3 us").</summary>
    private static double? Milliseconds(string text)
    {
        var parts = text.Replace("\u00a0", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return parts[1] switch
        {
            "s" => value * 1000,
            "ms" => value,
            "us" or "μs" => value / 1000,
            "ns" => value / 1_000_000,
            _ => null,
        };
    }
}

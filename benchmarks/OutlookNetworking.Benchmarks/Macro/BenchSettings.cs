using System.Globalization;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>What one macro run measures and where it keeps its files. <c>--quick</c> shrinks every stage;
/// <c>--only a,b</c> runs only the named stages (ingest, analysis, calendar, memory, night, api; analysis needs ingest).</summary>
internal sealed record BenchSettings(bool Quick, string WorkDirectory, string? PostgresAdmin, IReadOnlySet<string>? Only = null)
{
    /// <summary>Environment variable with an admin connection string to a PostgreSQL server (bench.sh starts one);
    /// without it the two-worker night is skipped and reported as such.</summary>
    public const string PostgresVariable = "OUTLOOKNETWORKING_BENCH_POSTGRES";

    /// <summary>The mailbox of the ingest and analysis figures (the brief's 40,000 messages).</summary>
    public const int IngestMessages = 40_000;

    /// <summary>Timed repetitions of the ingest pair (ours, raw), after one warm-up pair.</summary>
    public int IngestRuns => Quick ? 1 : 3;

    /// <summary>Timed analyses of the 40,000-message mailbox, after warm-up.</summary>
    public int AnalysisRuns => Quick ? 9 : 31;

    /// <summary>Mailbox sizes whose sync's peak working set is measured, each in its own process.</summary>
    public IReadOnlyList<int> MemorySizes => Quick ? [10_000, 40_000, 100_000] : [10_000, 40_000, 200_000];

    /// <summary>Users of the generated tenant of the nightly run (light volume).</summary>
    public int NightUsers => Quick ? 200 : 1_000;

    /// <summary>Length of each API load phase (closed loop and fixed rate), after a warm-up of a second.</summary>
    public TimeSpan LoadDuration => Quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(5);

    /// <summary>Concurrent connections of the closed-loop (throughput) API phase.</summary>
    public const int LoadConnections = 32;

    /// <summary>Requests per second of the fixed-rate (latency) API phase.</summary>
    public const int FixedRate = 1_000;

    /// <summary>Whether the stage <paramref name="name"/> runs in this run (all of them without <c>--only</c>).</summary>
    public bool Runs(string name) => Only is null || Only.Contains(name);

    public string Path(params string[] parts) => System.IO.Path.Combine([WorkDirectory, .. parts]);

    public static BenchSettings? Parse(string[] args, TextWriter error)
    {
        var quick = false;
        string? work = null;
        HashSet<string>? only = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--work" when i + 1 < args.Length:
                    work = args[++i];
                    break;
                case "--only" when i + 1 < args.Length:
                    only = new HashSet<string>(args[++i].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                        StringComparer.OrdinalIgnoreCase);
                    break;
                default:
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"macro: unexpected argument '{args[i]}'"));
                    error.WriteLine("usage: macro [--quick] [--work DIR] [--only ingest,analysis,calendar,memory,night,api]   (PostgreSQL for the two-worker night: " + PostgresVariable + ")");
                    return null;
            }
        }

        var directory = System.IO.Path.GetFullPath(work ?? "bench-output");
        Directory.CreateDirectory(directory);
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        return new BenchSettings(quick, directory, string.IsNullOrWhiteSpace(postgres) ? null : postgres, only);
    }
}

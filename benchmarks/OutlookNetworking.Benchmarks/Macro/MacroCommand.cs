using System.Diagnostics;
using System.Globalization;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// <c>macro [--quick] [--work DIR] [--only STAGE,…] [--micro-results DIR]</c>: the end-to-end figures of the performance brief, each
/// measured side by side with its baseline in the same run on this machine: ingest, requests, calendar requests, analysis, memory, the
/// nightly run on one and on two instances, and the API under load. Prints a table, then, as its last line, the JSON
/// summary. Progress goes to stderr. Exit code 1 when a stage failed (its figures are missing).
/// </summary>
internal static class MacroCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var micro = args.SkipWhile(a => a != "--micro-results").Skip(1).FirstOrDefault();
        var rest = micro is null ? args : args.Where((a, i) => a != "--micro-results" && (i == 0 || args[i - 1] != "--micro-results")).ToArray();
        if (BenchSettings.Parse(rest, Console.Error) is not { } settings)
        {
            return 2;
        }

        var figures = new Figures();
        figures.Put("date", TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        figures.Put("mode", settings.Quick ? "quick" : "full");
        figures.Put("cores", Environment.ProcessorCount);
        figures.Put("cpu", MachineInfo.Cpu());
        figures.Put("memoryMb", MachineInfo.MemoryMb());
        figures.Put("dotnet", Environment.Version.ToString());
        figures.Put("loadAverageAtStart", MachineInfo.LoadAverage());
        if (micro is not null)
        {
            MicroResults.Add(micro, figures);
        }

        var failed = new List<string>();
        var total = Stopwatch.StartNew();
        IngestOutcome? ingest = null;
        if (settings.Runs("ingest"))
        {
            await StageAsync("ingest", async () => ingest = await IngestStage.RunAsync(settings, figures), failed);
        }

        if (ingest is not null)
        {
            if (settings.Runs("analysis"))
            {
                await StageAsync("analysis", () => AnalysisStage.RunMailboxAsync(settings, ingest.Store, ingest.HeavyUser, figures), failed);
            }

            await ingest.DisposeAsync();
        }

        foreach (var (name, stage) in new (string, Func<BenchSettings, Figures, Task>)[]
                 {
                     ("calendar", CalendarRequestsStage.RunAsync), ("memory", MemoryStage.RunAsync), ("night", NightStage.RunAsync),
                     ("api", ApiChild.RunAsync),
                 })
        {
            if (settings.Runs(name))
            {
                await StageAsync(name, () => stage(settings, figures), failed);
            }
        }

        figures.Put("loadAverageAtEnd", MachineInfo.LoadAverage());
        figures.Put("macroSeconds", Math.Round(total.Elapsed.TotalSeconds));
        figures.Put("failedStages", failed);
        figures.WriteTable(Console.Out);
        Console.Out.WriteLine(figures.SummaryJson());
        return failed.Count == 0 ? 0 : 1;
    }

    private static async Task StageAsync(string name, Func<Task> stage, List<string> failed)
    {
        var clock = Stopwatch.StartNew();
        Console.Error.WriteLine($"[bench] {name} ...");
        try
        {
            await stage();
            Console.Error.WriteLine($"[bench] {name} done in {clock.Elapsed.TotalSeconds:0} s");
        }
#pragma warning disable CA1031 // a failed stage is reported and the others still run
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failed.Add(name);
            Console.Error.WriteLine($"[bench] {name} FAILED after {clock.Elapsed.TotalSeconds:0} s: {ex}");
        }
    }
}

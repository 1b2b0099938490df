using System.Text.Json;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// The API stage in a process of its own (<c>macro-child api --work DIR [--quick]</c>), with workstation GC: the load
/// generator allocates per request, and in the macro run's server GC its collections stalled for 10-50 ms when the
/// machine's two cores were busy, a delay every request in flight was charged with (measured: p99 of the same
/// endpoints 9-50 ms with the generator on server GC, 7.5-7.9 ms on workstation GC, back to back on this machine).
/// Prints the stage's figures as one JSON line, which the macro run adds to its own.
/// </summary>
internal static class ApiChild
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    /// <summary>In the macro run: starts the child and adds its figures to <paramref name="figures"/>.</summary>
    public static async Task RunAsync(BenchSettings settings, Figures figures)
    {
        string[] arguments = settings.Quick ? ["api", "--work", settings.WorkDirectory, "--quick"] : ["api", "--work", settings.WorkDirectory];
        using var child = ChildProcess.StartBenchmarkChild("api", arguments, new Dictionary<string, string> { ["DOTNET_gcServer"] = "" });
        figures.AddChildJson(await child.ResultAsync(Timeout));
    }

    /// <summary>In the child: runs the stage and prints its figures.</summary>
    public static async Task<int> RunChildAsync(ChildArguments arguments)
    {
        string[] args = arguments.Flag("quick") ? ["--quick", "--work", arguments.Required("work")] : ["--work", arguments.Required("work")];
        var settings = BenchSettings.Parse(args, Console.Error) ?? throw new ArgumentException("bad arguments");
        var figures = new Figures();
        await ApiStage.RunAsync(settings, figures);
        Console.Out.WriteLine(figures.ToChildJson());
        return 0;
    }

    /// <summary>What a child prints: its figures and its other summary values.</summary>
    internal sealed record ChildFigures(IReadOnlyList<Figure> Figures, Dictionary<string, JsonElement> Values);
}

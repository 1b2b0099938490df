using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Generator;

namespace OutlookNetworking.Web.Commands;

/// <summary>The host's commands (<c>generate-tenant</c>, <c>analyze</c>, <c>chaos</c>, <c>serve-simulator</c>, <c>load</c>).
/// Options (<c>--urls …</c>, <c>--role …</c>) and settings (<c>Key=value</c>) start the host; any other first word is an
/// unknown command: usage on stderr, exit code 2.</summary>
internal static class CommandLine
{
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            return null;
        }

        return args[0] switch
        {
            "generate-tenant" => GenerateTenantCommand.Run(args[1..], Console.Out, Console.Error),
            "analyze" => await AnalyzeCommand.RunAsync(args[1..], Console.Out, Console.Error),
            "chaos" => await Chaos.ChaosCommand.RunAsync(args[1..], Console.Out, Console.Error),
            "serve-simulator" => await Simulator.ServeSimulatorCommand.RunAsync(args[1..], Console.Out, Console.Error),
            "load" => await Load.LoadCommand.RunAsync(args[1..], Console.Out, Console.Error),
            "help" or "--help" or "-h" => Help(Console.Out),
            var first when IsHostArgument(first) => null,
            var unknown => UnknownCommand(unknown),
        };
    }

    /// <summary>The exit code of bad usage (0 ok, 1 failure or refused configuration, 2 bad usage).</summary>
    public const int UsageExitCode = 2;

    /// <summary>An argument the host itself reads: an option (<c>--urls</c>) or a setting (<c>App:Role=web</c>).</summary>
    private static bool IsHostArgument(string argument) =>
        argument.StartsWith('-') || argument.Contains('=', StringComparison.Ordinal);

    private static int UnknownCommand(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'.");
        Help(Console.Error);
        return UsageExitCode;
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine("""
            OutlookNetworking
              (no command)                     start the product (demo mode by default in Development)
              generate-tenant --out DIR [--users N] [--months M] [--seed S]
                                               write a synthetic tenant snapshot
              analyze --tenant DIR [--user UPN] [--json]
                                               sync a snapshot through the Graph simulator and print the analysis
              chaos [--seeds 10] [--users 12] [--months 6] [--retry-after 1] [--tenant DIR]
                                               night pipeline under injected Graph faults vs a fault-free run, per seed
              serve-simulator --tenant DIR [--port N]
                                               the Graph simulator as its own process (for Demo:SimulatorUrl)
              load [--rps 1000] [--seconds 60] [--warm-up 5] [--users 40] [--months 12] [--night full|delta|none]
                                               the API at a fixed request rate while nights run in the same process
            """);
        return 0;
    }
}

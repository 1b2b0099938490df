using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Generator;

namespace OutlookNetworking.Web.Commands;

/// <summary>The host's commands (<c>generate-tenant</c>, <c>analyze</c>, <c>chaos</c>, <c>serve-simulator</c>, <c>load</c>).
/// Anything else starts the host.</summary>
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
            "help" or "--help" or "-h" => Help(),
            _ => null,
        };
    }

    private static int Help()
    {
        Console.Out.WriteLine("""
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

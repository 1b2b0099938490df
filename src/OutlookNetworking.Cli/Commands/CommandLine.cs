using OutlookNetworking.GraphSimulator.Generator;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Cli.Commands;

/// <summary>The tool's commands (<c>generate-tenant</c>, <c>analyze</c>, <c>chaos</c>, <c>serve-simulator</c>, <c>load</c>, <c>repair</c>,
/// <c>app-registration</c>).
/// Output goes to <c>output</c> (stdout), progress and errors to <c>error</c> (stderr).</summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0)
        {
            await error.WriteLineAsync(Usage);
            return ExitCodes.Usage;
        }

        switch (args[0])
        {
            case "generate-tenant":
                return GenerateTenantCommand.Run(args[1..], output, error);
            case "analyze":
                return await AnalyzeCommand.RunAsync(args[1..], output, error);
            case "chaos":
                return await Chaos.ChaosCommand.RunAsync(args[1..], output, error);
            case "serve-simulator":
                return await Simulator.ServeSimulatorCommand.RunAsync(args[1..], output, error);
            case "load":
                return await Load.LoadCommand.RunAsync(args[1..], output, error);
            case "repair":
                return await RepairCommand.RunAsync(args[1..], output, error);
            case "app-registration":
                return AppRegistration.AppRegistrationCommand.Run(args[1..], output, error);
            case "help" or "--help" or "-h":
                await output.WriteLineAsync(Usage);
                return ExitCodes.Ok;
            default:
                await error.WriteLineAsync($"outlooknetworking: unknown command '{args[0]}'.");
                await error.WriteLineAsync(Usage);
                return ExitCodes.Usage;
        }
    }

    private const string Usage = """
        outlooknetworking COMMAND [options]   (exit codes: 0 ok, 1 failure or refused configuration, 2 bad usage)
          generate-tenant --out DIR [--users N] [--months M] [--seed S]
                                           write a synthetic tenant snapshot
          analyze --tenant DIR [--user UPN] [--json]
                                           sync a snapshot through the Graph simulator and print the analysis
          chaos [--seeds 10] [--users 12] [--months 6] [--retry-after 1] [--tenant DIR]
                                           night pipeline under injected Graph faults vs a fault-free run, per seed
          serve-simulator --tenant DIR [--port N]
                                           the Graph simulator as its own process (for Demo:SimulatorUrl)
          load [--rps 1000] [--seconds 60] [--warm-up 5] [--users 40] [--months 12] [--night full|delta|none]
                                           the API at a fixed request rate while nights run in a demo host
          repair --tenant ID [--user ID] [--settings FILE]
                                           re-analyse mailboxes of the store from scratch (their kept state dropped
                                           and rebuilt); store and engine options from appsettings.json, FILE, environment
          app-registration --host https://HOST [--client-id GUID]
                                           the Entra ID app registration for a host, as Microsoft Graph application JSON
          app-registration --federated-credential --tenant GUID --managed-identity-object-id GUID
                                           the federated identity credential of the host's user-assigned managed identity
        """;
}

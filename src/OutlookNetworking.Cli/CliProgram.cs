using OutlookNetworking.Cli.Commands;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Cli;

/// <summary>The <c>outlooknetworking</c> tool: one command per run. Exit codes, the same for every command:
/// 0 ok, 1 failure or a refused configuration, 2 bad usage (<see cref="ExitCodes"/>).</summary>
internal static class CliProgram
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            return await CommandLine.RunAsync(args, Console.Out, Console.Error);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"{(args.Length > 0 ? args[0] : "outlooknetworking")}: failed: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}

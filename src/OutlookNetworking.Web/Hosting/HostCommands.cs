namespace OutlookNetworking.Web.Hosting;

/// <summary>The production host's only command, <c>migrate</c> (a deployed server has no CLI installed; the developer
/// commands live in <c>src/OutlookNetworking.Cli</c>). Options (<c>--urls …</c>, <c>--role …</c>) and settings
/// (<c>Key=value</c>) start the host; any other first word is an unknown command: usage on stderr, exit code 2.</summary>
public static class HostCommands
{
    public const string Migrate = "migrate";

    /// <summary>The exit code of a command, or null when <paramref name="args"/> start the host.</summary>
    public static int? TryRun(string[] args, TextWriter error)
    {
        if (args.Length == 0 || IsHostArgument(args[0]))
        {
            return null;
        }

        if (args[0] != Migrate)
        {
            error.WriteLine($"Unknown command '{args[0]}'.");
            error.WriteLine("Usage: OutlookNetworking.Web [migrate] [--urls URL] [--role web|worker|all] [Key=value ...]");
            error.WriteLine("The developer commands (analyze, generate-tenant, serve-simulator, chaos, load) are in src/OutlookNetworking.Cli.");
            return ExitCodes.Usage;
        }

        return MigrateCommand.RunAsync(args[1..], Console.Out, error).GetAwaiter().GetResult();
    }

    /// <summary>An argument the host itself reads: an option (<c>--urls</c>) or a setting (<c>App:Role=web</c>).</summary>
    private static bool IsHostArgument(string argument) =>
        argument.StartsWith('-') || argument.Contains('=', StringComparison.Ordinal);
}

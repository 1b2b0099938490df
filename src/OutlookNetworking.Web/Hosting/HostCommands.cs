namespace OutlookNetworking.Web.Hosting;

/// <summary>The production host's only command, <c>migrate</c> (a deployed server has no CLI installed; the developer
/// commands live in <c>src/OutlookNetworking.Cli</c>). Anything else starts the host.</summary>
public static class HostCommands
{
    public const string Migrate = "migrate";

    /// <summary>The exit code of a command, or null when <paramref name="args"/> start the host.</summary>
    public static int? TryRun(string[] args, TextWriter error)
    {
        if (args.Length == 0 || args[0] != Migrate)
        {
            return null;
        }

        // The slot for issue #15's migrate command: the schema is migrated on start (StorageMigrationHostedService) until then.
        error.WriteLine("migrate: not available yet; the host migrates the store when it starts.");
        return ExitCodes.Failure;
    }
}

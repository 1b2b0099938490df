using OutlookNetworking.Web.Hosting;

// The production host: the product and nothing else (the demo is src/OutlookNetworking.Demo, the developer commands
// src/OutlookNetworking.Cli). Its one command (migrate) runs and exits.
if (HostCommands.TryRun(args, Console.Error) is { } exitCode)
{
    return exitCode;
}

return await OutlookNetworkingApp.RunAsync(args);

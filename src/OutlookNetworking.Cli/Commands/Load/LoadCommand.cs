namespace OutlookNetworking.Cli.Commands.Load;

/// <summary>
/// <c>load [--rps 1000] [--seconds 60] [--warm-up 5] [--users 40] [--months 12] [--night full|delta|none]</c>: the task-pane
/// API at a fixed request rate on loopback while nights run back to back in the same host process (see
/// <see cref="LoadRun"/>); prints latency percentiles per endpoint, the achieved rate and every error. Exit codes: 0 no
/// request failed, 1 some failed, 2 bad arguments.
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (LoadSettings.Parse(args, error) is not { } settings)
        {
            return 2;
        }

        var outcome = await LoadRun.ExecuteAsync(settings, error, CancellationToken.None);
        outcome.WriteTo(output);
        return outcome.Errors == 0 ? 0 : 1;
    }
}

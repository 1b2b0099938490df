namespace OutlookNetworking.Benchmarks.Macro;

/// <summary><c>macro-child sync|night …</c>: one measured process, started by the macro command; prints one JSON line.</summary>
internal static class ChildCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            await Console.Error.WriteLineAsync("usage: macro-child sync|night [--options]");
            return 2;
        }

        var arguments = new ChildArguments(args[1..]);
        return args[0] switch
        {
            "sync" => await SyncChild.RunAsync(arguments),
            "night" => await NightWorker.RunAsync(arguments),
            _ => 2,
        };
    }
}

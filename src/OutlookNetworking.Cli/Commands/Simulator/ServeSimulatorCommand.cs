using System.Globalization;
using System.Runtime.InteropServices;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Snapshot;

namespace OutlookNetworking.Cli.Commands.Simulator;

/// <summary>
/// <c>serve-simulator --tenant DIR [--port N]</c>: the Graph simulator over a tenant snapshot as a process of its own
/// (loopback; port 0, the default, picks a free one), until SIGINT or SIGTERM. Its first line on stdout is
/// <c>listening on http://127.0.0.1:PORT/</c>. A host started with <c>Demo:SimulatorUrl</c> set to that URL uses it
/// instead of starting its own, so the simulator (and its outbox, <c>GET /_simulator/outbox</c>) outlives the host: kill
/// the host mid-night, start it again, and count every digest it ever sent. Exit codes: 0 stopped, 2 bad arguments
/// or an unreadable snapshot.
/// </summary>
internal static class ServeSimulatorCommand
{
    private const string Usage = "usage: serve-simulator --tenant DIR [--port N]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        string? tenant = null;
        var port = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--tenant" when i + 1 < args.Length:
                    tenant = args[++i];
                    break;
                case "--port" when i + 1 < args.Length
                                   && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 65535:
                    port = value;
                    i++;
                    break;
                default:
                    await error.WriteLineAsync($"serve-simulator: unexpected argument '{args[i]}'.\n{Usage}");
                    return 2;
            }
        }

        if (tenant is null)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        GraphSimulatorHost simulator;
        try
        {
            simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = Path.GetFullPath(tenant), Port = port });
        }
        catch (SnapshotFormatException ex)
        {
            await error.WriteLineAsync($"serve-simulator: {ex.Message}");
            return 2;
        }

        await using (simulator)
        {
            using var stop = new CancellationTokenSource();
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true; // stop here, in order, rather than being torn down
                stop.Cancel();
            }

            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            await output.WriteLineAsync($"listening on {simulator.RootUri}");
            await output.WriteLineAsync($"Graph {simulator.BaseUrl}, control {simulator.RootUri}_simulator, tenant {simulator.Snapshot.Tenant.DisplayName} ({simulator.Snapshot.Users.Count} users); Ctrl+C stops");
            await output.FlushAsync(CancellationToken.None);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // stopped by a signal
            }
        }

        return 0;
    }
}

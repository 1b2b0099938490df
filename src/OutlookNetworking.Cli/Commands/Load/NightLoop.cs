using System.Diagnostics;
using System.Net.Http.Json;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.Demo.Features.DemoNight;

namespace OutlookNetworking.Cli.Commands.Load;

/// <summary>
/// Nights back to back in the host under load, through <c>POST /demo/night</c> (the tenant's night job, one
/// sync-and-analyse job per mailbox, then the digests due), until stopped. A full night first expires every delta
/// token in the simulator, so each folder is read again from scratch: the heaviest night there is. Each night's summary
/// says how many mailboxes it analysed.
/// </summary>
internal sealed class NightLoop(HttpClient http, SimulatorControl simulator, NightKind kind)
{
    private readonly List<(long Start, long End)> _nights = [];
    private readonly Lock _gate = new();
    private long _runningSince = -1;

    /// <summary>Nights that finished (every one started before the load ended), and the mailboxes they analysed.</summary>
    public int Completed { get; private set; }

    public int MailboxesAnalysed { get; private set; }

    /// <summary>Runs nights until <paramref name="stop"/>; the night under way then finishes (it counts: it ran during
    /// the load). <paramref name="cancellationToken"/> abandons it.</summary>
    public async Task RunAsync(CancellationToken stop, CancellationToken cancellationToken)
    {
        while (kind != NightKind.None && !stop.IsCancellationRequested)
        {
            if (kind == NightKind.Full)
            {
                simulator.ExpireDeltaTokens();
            }

            var started = Stopwatch.GetTimestamp();
            lock (_gate)
            {
                _runningSince = started;
            }

            using var response = await http.PostAsync(new Uri("/demo/night?timeoutSeconds=1800", UriKind.Relative), null, cancellationToken);
            response.EnsureSuccessStatusCode();
            var summary = await response.Content.ReadFromJsonAsync<DemoNightSummary>(cancellationToken);
            lock (_gate)
            {
                _nights.Add((started, Stopwatch.GetTimestamp()));
                _runningSince = -1;
            }

            Completed++;
            MailboxesAnalysed += summary?.Analysed ?? 0;
        }
    }

    /// <summary>The share of [from, to] (Stopwatch ticks) during which a night was running.</summary>
    public double Coverage(long from, long to)
    {
        lock (_gate)
        {
            var intervals = _nights.Concat(_runningSince >= 0 ? [(_runningSince, long.MaxValue)] : Array.Empty<(long, long)>());
            var covered = intervals.Sum(n => Math.Max(0, Math.Min(n.Item2, to) - Math.Max(n.Item1, from)));
            return to > from ? Math.Min(1, (double)covered / (to - from)) : 0;
        }
    }
}

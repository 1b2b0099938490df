using System.Globalization;

namespace OutlookNetworking.Cli.Commands.Load;

/// <summary>What a <c>load</c> run measured in its window (the warm-up excluded).</summary>
/// <param name="AchievedRate">Measured requests answered, per second, from the window's start to the last answer.</param>
/// <param name="ErrorsByStatus">Failed requests by HTTP status (0: connection error, -1: client timeout).</param>
/// <param name="NightCoverage">Share of the window during which a night was running in the host (0 to 1).</param>
/// <param name="HostCpuCores">The host's CPU time over the load (warm-up and window) divided by its wall time.</param>
internal sealed record LoadOutcome(
    LoadSettings Settings,
    int Mailboxes,
    int Users,
    LatencyStats Overall,
    IReadOnlyList<LatencyStats> Endpoints,
    double AchievedRate,
    IReadOnlyDictionary<int, int> ErrorsByStatus,
    int NightsCompleted,
    int MailboxesAnalysedDuringLoad,
    double NightCoverage,
    double HostCpuCores,
    string LoadAverageBefore,
    string LoadAverageAfter)
{
    public int Errors => Overall.Errors;

    public void WriteTo(TextWriter output)
    {
        var s = Settings;
        output.WriteLine(Invariant($"load: {s.RequestsPerSecond} requests/s for {s.Duration.TotalSeconds:0} s (after {s.WarmUp.TotalSeconds:0} s warm-up), {Users} users with their own tokens, {Mailboxes} mailboxes, {Environment.ProcessorCount} cores"));
        output.WriteLine(s.Night == NightKind.None
            ? "night: none (the API alone)"
            : Invariant($"night: {(s.Night == NightKind.Full ? "full re-sync (delta tokens expired)" : "delta sync")} + analysis of every mailbox + digests, back to back in the host; running {NightCoverage:P1} of the window; {NightsCompleted} nights ran during the load ({MailboxesAnalysedDuringLoad} mailbox analyses)"));
        output.WriteLine("endpoint                     requests  errors   p50 ms   p95 ms   p99 ms   max ms");
        foreach (var e in Endpoints.Append(Overall))
        {
            output.WriteLine(Invariant($"{e.Name,-27}  {e.Requests,8}  {e.Errors,6}  {e.P50,7:0.00}  {e.P95,7:0.00}  {e.P99,7:0.00}  {e.Max,7:0.0}"));
        }

        output.WriteLine(Invariant($"achieved: {AchievedRate:0.0} requests/s; errors: {Errors}{(ErrorsByStatus.Count == 0 ? "" : " (" + string.Join(", ", ErrorsByStatus.Select(e => $"{Status(e.Key)} x{e.Value}")) + ")")}"));
        output.WriteLine(Invariant($"host CPU: {HostCpuCores:0.00} cores on average; load average before {LoadAverageBefore}, after {LoadAverageAfter}"));
    }

    private static string Status(int status) => status switch
    {
        LoadSamples.ConnectionError => "connection error",
        LoadSamples.Timeout => "timeout",
        _ => status.ToString(CultureInfo.InvariantCulture),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

namespace OutlookNetworking.Cli.Commands.Load;

/// <summary>Latency percentiles (nearest rank, milliseconds) and errors of a set of requests.</summary>
internal sealed record LatencyStats(string Name, int Requests, int Errors, double P50, double P95, double P99, double Max)
{
    public static LatencyStats Of(string name, IReadOnlyCollection<(int Status, double LatencyMs)> samples)
    {
        var sorted = samples.Select(s => s.LatencyMs).Order().ToArray();
        double Percentile(double p) =>
            sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyStats(name, sorted.Length, samples.Count(s => !IsSuccess(s.Status)), Percentile(50), Percentile(95),
            Percentile(99), sorted.Length == 0 ? double.NaN : sorted[^1]);
    }

    public static bool IsSuccess(int status) => status is >= 200 and < 300;
}

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>One load phase against one endpoint: what completed in the measured window and how long each took.</summary>
internal sealed record LoadResult(int Requests, int Errors, double Seconds, IReadOnlyList<double> LatenciesMs)
{
    public double Throughput => Requests / Seconds;

    public double P50 => Stats.Percentile(LatenciesMs, 50);

    public double P95 => Stats.Percentile(LatenciesMs, 95);

    public double P99 => Stats.Percentile(LatenciesMs, 99);
}

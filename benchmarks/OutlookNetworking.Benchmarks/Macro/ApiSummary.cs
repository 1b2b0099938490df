namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>One endpoint's figures over the API stage's rounds: the median of each round's value.</summary>
internal sealed record ApiSummary(double Throughput, double P50, double P95, double P99, int Errors)
{
    public static ApiSummary Of(IReadOnlyList<(LoadResult Closed, LoadResult Fixed)> rounds) => new(
        Stats.Median(rounds.Select(r => r.Closed.Throughput)),
        Stats.Median(rounds.Select(r => r.Fixed.P50)),
        Stats.Median(rounds.Select(r => r.Fixed.P95)),
        Stats.Median(rounds.Select(r => r.Fixed.P99)),
        rounds.Sum(r => r.Closed.Errors + r.Fixed.Errors));
}

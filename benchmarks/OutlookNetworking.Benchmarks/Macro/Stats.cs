namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>Order statistics over measured samples.</summary>
internal static class Stats
{
    public static double Median(IEnumerable<double> samples) => Percentile(samples, 50);

    /// <summary>The nearest-rank percentile (p in 0..100); NaN when there are no samples.</summary>
    public static double Percentile(IEnumerable<double> samples, double p)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

using System.Diagnostics;

namespace OutlookNetworking.Data.Sync;

/// <summary>TEMPORARY: per-part timings of page writes (profiling only, not to be committed).</summary>
public static class StoreProfile
{
    public static readonly long[] Ticks = new long[12];
    public static readonly string[] Names = ["gate", "open+begin", "rowlock", "cursor", "upsert(all)", "encode", "delete", "sweep", "save(cursor)", "commit", "pages", "rows"];

    public static long Now => Stopwatch.GetTimestamp();

    public static void Add(int part, ref long since)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref Ticks[part], now - since);
        since = now;
    }

    public static void Reset() => Array.Clear(Ticks);

    public static string Report() => string.Join(", ", Names.Select((n, i) => i >= 10 ? $"{n} {Ticks[i]}" : $"{n} {Ticks[i] * 1000.0 / Stopwatch.Frequency:0.0} ms"));
}

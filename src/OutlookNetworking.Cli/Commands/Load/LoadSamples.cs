using System.Diagnostics;

namespace OutlookNetworking.Cli.Commands.Load;

/// <summary>One entry per request of a <see cref="FixedRateLoad"/> run: its endpoint, HTTP status (or
/// <see cref="ConnectionError"/> / <see cref="Timeout"/>), scheduled start and completion (Stopwatch ticks).</summary>
internal sealed class LoadSamples(int total, int warmUpCount)
{
    public const int ConnectionError = 0;
    public const int Timeout = -1;

    private readonly int[] _endpoints = new int[total];
    private readonly int[] _statuses = new int[total];
    private readonly long[] _due = new long[total];
    private readonly long[] _done = new long[total];

    /// <summary>Requests before this index are the warm-up: sent, not measured.</summary>
    public int WarmUpCount { get; } = warmUpCount;

    public int Total { get; } = total;

    /// <summary>When the measured window starts (Stopwatch ticks).</summary>
    public long MeasureFrom { get; set; }

    /// <summary>When the last request was sent (Stopwatch ticks).</summary>
    public long SentUntil { get; set; }

    public void Record(int index, int endpoint, int status, long due, long done)
    {
        _endpoints[index] = endpoint;
        _statuses[index] = status;
        _due[index] = due;
        _done[index] = done;
    }

    /// <summary>The measured requests (after the warm-up), in the order they were scheduled.</summary>
    public IEnumerable<(int Endpoint, int Status, double LatencyMs, long Done)> Measured()
    {
        for (var i = WarmUpCount; i < Total; i++)
        {
            yield return (_endpoints[i], _statuses[i], (_done[i] - _due[i]) * 1000.0 / Stopwatch.Frequency, _done[i]);
        }
    }
}

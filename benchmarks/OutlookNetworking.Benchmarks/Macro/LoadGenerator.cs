using System.Diagnostics;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// An in-process HTTP load generator on loopback: a closed loop (N connections sending back to back: the most
/// requests a second the server gives) and a fixed rate (requests start on a schedule whatever the server does; each
/// latency counts from its scheduled start, so a stall is charged to every request it delays).
/// </summary>
internal sealed class LoadGenerator(HttpClient http)
{
    public async Task<LoadResult> ClosedLoopAsync(Func<HttpRequestMessage> request, int connections, TimeSpan warmUp, TimeSpan duration)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + Ticks(warmUp);
        var stopAt = measureFrom + Ticks(duration);
        var latencies = new List<double>[connections];
        var errors = 0;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async loop =>
        {
            var mine = latencies[loop] = new List<double>(4096);
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var sent = Stopwatch.GetTimestamp();
                var ok = await SendAsync(request);
                var done = Stopwatch.GetTimestamp();
                if (sent >= measureFrom && done <= stopAt)
                {
                    mine.Add(Milliseconds(done - sent));
                    if (!ok)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
            }
        }));
        var all = latencies.SelectMany(l => l).ToList();
        return new LoadResult(all.Count, errors, duration.TotalSeconds, all);
    }

    public async Task<LoadResult> FixedRateAsync(Func<HttpRequestMessage> request, int perSecond, TimeSpan warmUp, TimeSpan duration)
    {
        var total = (int)((warmUp + duration).TotalSeconds * perSecond);
        var measured = (int)(warmUp.TotalSeconds * perSecond);
        var latencies = new double[total];
        var failed = new bool[total];
        var tasks = new Task[total];
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i * (double)Stopwatch.Frequency / perSecond);
            while (Stopwatch.GetTimestamp() < due)
            {
                if (due - Stopwatch.GetTimestamp() > Ticks(TimeSpan.FromMilliseconds(2)))
                {
                    await Task.Delay(1);
                }
                else
                {
                    Thread.SpinWait(50);
                }
            }

            var index = i;
            tasks[i] = Task.Run(async () =>
            {
                failed[index] = !await SendAsync(request);
                latencies[index] = Milliseconds(Stopwatch.GetTimestamp() - due);
            });
        }

        await Task.WhenAll(tasks);
        var window = latencies[measured..];
        return new LoadResult(window.Length, failed[measured..].Count(f => f), duration.TotalSeconds, window);
    }

    private async Task<bool> SendAsync(Func<HttpRequestMessage> request)
    {
        try
        {
            using var message = request();
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

using System.Diagnostics;

namespace OutlookNetworking.Cli.Commands.Load;

/// <summary>
/// An open-loop load generator: request <c>i</c> starts at <c>i / rate</c> seconds whatever the server does, and its
/// latency counts from that scheduled start (not from when it was actually sent), so a stall is charged to every
/// request it delays rather than hidden by a generator that waited for it. Bounded: it sends exactly
/// (warm-up + duration) x rate requests, then waits for the last answers.
/// </summary>
internal static class FixedRateLoad
{
    /// <param name="request">Builds request <c>i</c> and says which endpoint (an index into the caller's list) it is.</param>
    public static async Task<LoadSamples> RunAsync(HttpClient http, Func<int, (int Endpoint, HttpRequestMessage Request)> request,
        int perSecond, TimeSpan warmUp, TimeSpan duration, CancellationToken cancellationToken)
    {
        var warmUpCount = (int)(warmUp.TotalSeconds * perSecond);
        var total = warmUpCount + (int)(duration.TotalSeconds * perSecond);
        var samples = new LoadSamples(total, warmUpCount);
        var inFlight = new Task[total];
        var start = Stopwatch.GetTimestamp();
        samples.MeasureFrom = start + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i * (double)Stopwatch.Frequency / perSecond);
            while (Stopwatch.GetTimestamp() < due)
            {
                // Sleep, never spin: on a small machine a spinning generator takes a core from the server it measures.
                // A late wake-up sends every request that fell due meanwhile, each timed from its own due time.
                await Task.Delay(1, cancellationToken);
            }

            var (endpoint, message) = request(i);
            inFlight[i] = SendAsync(http, message, endpoint, i, due, samples, cancellationToken);
        }

        samples.SentUntil = Stopwatch.GetTimestamp();
        await Task.WhenAll(inFlight);
        return samples;
    }

    private static async Task SendAsync(HttpClient http, HttpRequestMessage message, int endpoint, int index, long due, LoadSamples samples,
        CancellationToken cancellationToken)
    {
        await Task.Yield(); // the schedule loop goes on at once
        int status;
        try
        {
            using (message)
            using (var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken))
            {
                status = (int)response.StatusCode;
            }
        }
        catch (HttpRequestException)
        {
            status = LoadSamples.ConnectionError;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            status = LoadSamples.Timeout;
        }

        samples.Record(index, endpoint, status, due, Stopwatch.GetTimestamp());
    }
}

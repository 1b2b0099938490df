using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace OutlookNetworking.Graph.Sync;

/// <summary>The final answer to one step of <see cref="MailboxBatch"/>: its status (0 when it never got one) and body.</summary>
internal readonly record struct BatchAnswer(int Status, JsonElement? Body);

/// <summary>
/// Reads many resources of one mailbox with JSON batching, 20 GET steps per <c>$batch</c> call (Graph's limit). The
/// steps run in four lanes chained with <c>dependsOn</c>: Exchange serves at most four concurrent requests per app
/// and mailbox and may throttle a fifth step of one batch (graph-fidelity GF-16, the stricter reading), so a lane's
/// steps run one after another. Throttled, failed (5xx) and unanswered steps, and those a failed step of their lane took
/// with it (424), are sent again in the next call after Retry-After or a back-off, up to
/// <see cref="GraphOptions.MaxPageAttempts"/> times; every call and every step sent is counted. The SDK does
/// not retry batch steps; the call itself goes through its pipeline (auth, retry, compression).
/// </summary>
internal static class MailboxBatch
{
    public const int MaxSteps = 20;
    private const int Lanes = 4;

    public static async Task<BatchAnswer[]> GetAsync(GraphServiceClient client, IReadOnlyList<string> urls, string prefer, GraphOptions options,
        TimeProvider time, Action<int> countBatch, CancellationToken cancellationToken)
    {
        var answers = new BatchAnswer[urls.Count];
        var pending = Enumerable.Range(0, urls.Count).ToList();
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var again = new List<int>();
            TimeSpan? wait = null;
            foreach (var chunk in pending.Chunk(MaxSteps))
            {
                var results = await TransientRetry.RunAsync(ct => PostAsync(client, chunk, urls, prefer, countBatch, ct),
                    options.MaxPageAttempts, options.RetryBaseDelay, time, cancellationToken);
                foreach (var (index, status, body, retryAfter) in results)
                {
                    if (IsWorthAnotherTry(status) && attempt < options.MaxPageAttempts)
                    {
                        again.Add(index);
                        wait = retryAfter is { } after && after > (wait ?? TimeSpan.Zero) ? after : wait;
                    }
                    else
                    {
                        answers[index] = new BatchAnswer(status, body);
                    }
                }
            }

            pending = again;
            if (pending.Count > 0)
            {
                var backoff = TimeSpan.FromMilliseconds(Math.Min(30_000, options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1)));
                await Task.Delay(wait ?? backoff, time, cancellationToken);
            }
        }

        return answers;
    }

    private static bool IsWorthAnotherTry(int status) => status is 0 or 401 or 424 or 429 or >= 500 and <= 599;

    private static async Task<List<(int Index, int Status, JsonElement? Body, TimeSpan? RetryAfter)>> PostAsync(GraphServiceClient client,
        int[] chunk, IReadOnlyList<string> urls, string prefer, Action<int> countBatch, CancellationToken cancellationToken)
    {
        var request = new RequestInformation
        {
            HttpMethod = Method.POST,
            URI = new Uri(client.RequestAdapter.BaseUrl!.TrimEnd('/') + "/$batch"),
        };
        request.Headers.Add("Accept", "application/json");
        request.SetStreamContent(new MemoryStream(Body(chunk, urls, prefer)), "application/json");
        countBatch(chunk.Length);
        await using var stream = await client.RequestAdapter.SendPrimitiveAsync<Stream>(request, GraphErrors.Mapping, cancellationToken)
                                 ?? throw new HttpRequestException("Graph answered a $batch call with no body.");
        using var document = await JsonDocument.ParseAsync(stream, default, cancellationToken);
        var results = new List<(int, int, JsonElement?, TimeSpan?)>(chunk.Length);
        var answered = new HashSet<int>();
        if (document.RootElement.TryGetProperty("responses"u8, out var responses) && responses.ValueKind == JsonValueKind.Array)
        {
            foreach (var response in responses.EnumerateArray())
            {
                if (!int.TryParse(response.GetProperty("id").GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var step)
                    || step < 0 || step >= chunk.Length || !answered.Add(step))
                {
                    continue;
                }

                var status = response.TryGetProperty("status"u8, out var code) && code.TryGetInt32(out var value) ? value : 0;
                JsonElement? body = response.TryGetProperty("body"u8, out var content) ? content.Clone() : null;
                results.Add((chunk[step], status, body, RetryAfter(response)));
            }
        }

        // A step without an answer is asked again.
        results.AddRange(Enumerable.Range(0, chunk.Length).Where(step => !answered.Contains(step))
            .Select(step => (chunk[step], 0, (JsonElement?)null, (TimeSpan?)null)));
        return results;
    }

    /// <summary>The JSON of one call: step i is <c>urls[chunk[i]]</c>, in lane i mod 4, after the lane's step before it.</summary>
    private static byte[] Body(int[] chunk, IReadOnlyList<string> urls, string prefer)
    {
        var buffer = new ArrayBufferWriter<byte>(256 * chunk.Length);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("requests");
            for (var step = 0; step < chunk.Length; step++)
            {
                writer.WriteStartObject();
                writer.WriteString("id", step.ToString(CultureInfo.InvariantCulture));
                writer.WriteString("method", "GET");
                writer.WriteString("url", urls[chunk[step]]);
                writer.WriteStartObject("headers");
                writer.WriteString("Prefer", prefer);
                writer.WriteEndObject();
                if (step >= Lanes)
                {
                    writer.WriteStartArray("dependsOn");
                    writer.WriteStringValue((step - Lanes).ToString(CultureInfo.InvariantCulture));
                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static TimeSpan? RetryAfter(JsonElement response)
    {
        if (response.TryGetProperty("headers"u8, out var headers) && headers.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in headers.EnumerateObject())
            {
                if (header.NameEquals("Retry-After") || header.Name.Equals("retry-after", StringComparison.OrdinalIgnoreCase))
                {
                    var text = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString() : header.Value.GetRawText();
                    if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                    {
                        return TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 120));
                    }
                }
            }
        }

        return null;
    }
}

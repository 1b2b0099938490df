using System.Net;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace OutlookNetworking.Graph.Client;

/// <summary>One step's final answer: its status (0 when Graph gave none), for a 2xx its parsed body, otherwise Graph's
/// error code when the step carried one (<c>ErrorAccessDenied</c>, <c>MailboxNotEnabledForRESTAPI</c>, …).</summary>
public readonly record struct BatchStepOutcome<T>(int Status, T? Value, string? ErrorCode = null)
{
    public bool Succeeded => Status is >= 200 and < 300;
}

/// <summary>
/// Runs requests through JSON batching (docs: json-batching): at most 20 steps per <c>$batch</c> (fewer when the cap on
/// concurrent requests is below Outlook's 4 steps at once, so a batch never weighs more than the cap). Graph throttles
/// steps one by one (graph-fidelity GF-16) and the SDK retries none of them, so steps answered 429, 5xx, 401 or not at all
/// are sent again in a new batch after the longest Retry-After among them (else exponential back-off), up to
/// <see cref="BatchSettings.Attempts"/> times; each step sent again counts as a request. A failure of a whole batch request
/// (a dropped connection, a gateway's 502) is thrown for the caller's retry.
/// </summary>
public static class GraphBatch
{
    /// <summary>Graph's limit of steps per batch.</summary>
    public const int MaxSteps = 20;

    /// <summary>Runs <paramref name="steps"/>; each successful step's body parsed as <typeparamref name="T"/> (the SDK's models).</summary>
    public static Task<IReadOnlyDictionary<TKey, BatchStepOutcome<T>>> RunAsync<TKey, T>(
        GraphServiceClient client,
        IReadOnlyList<(TKey Key, RequestInformation Request)> steps,
        BatchSettings settings,
        CancellationToken cancellationToken)
        where TKey : notnull
        where T : IParsable, new() =>
        RunCoreAsync<TKey, T>(client, steps, settings, static (response, stepId, _) => response.GetResponseByIdAsync<T>(stepId), cancellationToken);

    /// <summary>Runs <paramref name="steps"/>; each successful step's body as JSON, for a caller that maps it itself (a
    /// mapping boundary that reads System.Text.Json, such as the calendar's).</summary>
    public static Task<IReadOnlyDictionary<TKey, BatchStepOutcome<JsonElement>>> RunJsonAsync<TKey>(
        GraphServiceClient client,
        IReadOnlyList<(TKey Key, RequestInformation Request)> steps,
        BatchSettings settings,
        CancellationToken cancellationToken)
        where TKey : notnull =>
        RunCoreAsync<TKey, JsonElement>(client, steps, settings, JsonBodyAsync, cancellationToken);

    private static async Task<IReadOnlyDictionary<TKey, BatchStepOutcome<T>>> RunCoreAsync<TKey, T>(
        GraphServiceClient client,
        IReadOnlyList<(TKey Key, RequestInformation Request)> steps,
        BatchSettings settings,
        Func<BatchResponseContentCollection, string, CancellationToken, Task<T>> readValue,
        CancellationToken cancellationToken)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(settings);
        var outcomes = new Dictionary<TKey, BatchStepOutcome<T>>();
        var pending = steps.ToList();
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var again = new List<(TKey Key, RequestInformation Request)>();
            TimeSpan? retryAfter = null;
            foreach (var chunk in pending.Chunk(settings.StepsPerBatch))
            {
                settings.CountRequests(attempt == 1 ? 1 : chunk.Length);
                settings.CountBatch?.Invoke(chunk.Length);
                var batch = new BatchRequestContentCollection(client);
                var keys = new Dictionary<string, (TKey Key, RequestInformation Request)>(StringComparer.Ordinal);
                foreach (var step in chunk)
                {
                    keys[await batch.AddBatchRequestStepAsync(step.Request)] = step;
                }

                var response = await client.Batch.PostAsync(batch, cancellationToken);
                var statuses = await response.GetResponsesStatusCodesAsync();
                foreach (var (stepId, step) in keys)
                {
                    var status = statuses.TryGetValue(stepId, out var code) ? (int)code : 0;
                    if (status is >= 200 and < 300)
                    {
                        outcomes[step.Key] = new BatchStepOutcome<T>(status, await readValue(response, stepId, cancellationToken));
                        continue;
                    }

                    using var answer = status == 0 ? null : await response.GetResponseByIdAsync(stepId);
                    outcomes[step.Key] = new BatchStepOutcome<T>(status, default, await ErrorCodeAsync(answer, cancellationToken));
                    if (IsTransient(status) && attempt < settings.Attempts)
                    {
                        again.Add(step);
                        if (answer?.Headers.RetryAfter?.Delta is { } delta)
                        {
                            retryAfter = retryAfter > delta ? retryAfter : delta;
                        }
                    }
                }
            }

            if (again.Count > 0)
            {
                var backoff = TimeSpan.FromMilliseconds(Math.Min(30_000, settings.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1)));
                await Task.Delay(retryAfter ?? backoff, settings.Time, cancellationToken);
            }

            pending = again;
        }

        return outcomes;
    }

    /// <summary>A successful step's body as JSON (an empty object when it has none).</summary>
    private static async Task<JsonElement> JsonBodyAsync(BatchResponseContentCollection response, string stepId, CancellationToken cancellationToken)
    {
        using var answer = await response.GetResponseByIdAsync(stepId);
        if (answer?.Content is null)
        {
            return default;
        }

        await using var body = await answer.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(body, default, cancellationToken);
        return document.RootElement.Clone();
    }

    /// <summary>The <c>error.code</c> of a failed step's JSON body, or null.</summary>
    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage? answer, CancellationToken cancellationToken)
    {
        if (answer?.Content is null)
        {
            return null;
        }

        try
        {
            using var body = await JsonDocument.ParseAsync(await answer.Content.ReadAsStreamAsync(cancellationToken), default, cancellationToken);
            return body.RootElement.ValueKind == JsonValueKind.Object
                   && body.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                   && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Worth sending again: throttled, a server error, no answer for the step, or 401 (the batch's token expired
    /// while its steps ran, graph-fidelity GF-17: the next batch carries a current token, renewed if Graph refuses it).</summary>
    internal static bool IsTransient(int status) =>
        status is 0 or (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.TooManyRequests or >= 500 and <= 599;
}

/// <summary>How <see cref="GraphBatch"/> runs: steps per batch, attempts, back-off, and where requests are counted.</summary>
/// <param name="CountRequests">Called with the requests each <c>$batch</c> call costs: 1 for a first call, its step count
/// for a call that sends steps again (a retried step counts as a request).</param>
/// <param name="CountBatch">Called once per <c>$batch</c> call with its step count, when the caller counts calls and steps
/// apart.</param>
public sealed record BatchSettings(int StepsPerBatch, int Attempts, TimeSpan BaseDelay, TimeProvider Time, Action<int> CountRequests,
    Action<int>? CountBatch = null);

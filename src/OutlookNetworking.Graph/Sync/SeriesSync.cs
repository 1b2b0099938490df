using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.Graph.Mapping;

namespace OutlookNetworking.Graph.Sync;

/// <summary>
/// What a calendar's delta round leaves to do for recurring series (graph-fidelity.md):
/// <list type="bullet">
/// <item>GF-2: occurrences whose master the round did not carry (a series that began before the window, or a later round
/// where only an occurrence changed): the stored masters fill them; the missing ones are read with <c>$batch</c>
/// (<see cref="GraphBatch"/>: 20 per call, steps Graph throttles or fails sent again and counted as requests;
/// <c>GET /users/{id}/events/{id}</c>, metadata fields only); 404 means the series was deleted, and its occurrences
/// go.</item>
/// <item>GF-4: cancelled occurrences give no sign in the round: after an incremental round each active series (one
/// with an occurrence from <see cref="GraphOptions.SeriesRecheckDays"/> back to the window's end) is read again, one
/// request each (<c>…/instances</c>, ids only, as <see cref="GraphBatch"/> steps); a stored occurrence the series no longer lists
/// was cancelled. A full round needs no re-read: it listed every occurrence there is.</item>
/// </list>
/// </summary>
internal sealed partial class SeriesSync(GraphOptions options, int stepsPerBatch, TimeProvider time, ILogger logger)
{
    public async Task RunAsync(GraphServiceClient client, MailboxRef mailbox, IMailboxSyncSink sink, SyncReport report, bool fullRound,
        DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        await ReadMissingMastersAsync(client, mailbox, sink, report, cancellationToken);
        if (!fullRound)
        {
            var from = time.GetUtcNow().AddDays(-options.SeriesRecheckDays);
            await RereadSeriesAsync(client, mailbox, sink, report, from, windowEnd, cancellationToken);
        }
    }

    private async Task ReadMissingMastersAsync(GraphServiceClient client, MailboxRef mailbox, IMailboxSyncSink sink, SyncReport report,
        CancellationToken cancellationToken)
    {
        var missing = await sink.GetMissingSeriesMastersAsync(mailbox, cancellationToken);
        if (missing.Count == 0)
        {
            return;
        }

        var user = client.Users[mailbox.UserId.ToString()];
        var steps = missing.Select(id => (id, user.Events[id].ToGetRequestInformation(c =>
        {
            c.QueryParameters.Select = GraphQueries.SeriesMasterFields;
            c.Headers.Add("Prefer", GraphQueries.ImmutableIdPreference, GraphQueries.UtcTimeZonePreference);
        }))).ToList();
        var answers = await TransientRetry.RunAsync(ct => GraphBatch.RunJsonAsync(client, steps, Batches(report, report.CountMasterBatch), ct),
            options.MaxPageAttempts, options.RetryBaseDelay, time, cancellationToken);
        var masters = new List<CalendarItem>();
        var gone = new List<string>();
        var unread = 0;
        foreach (var id in missing)
        {
            var answer = answers[id];
            if (answer.Status == 404)
            {
                gone.Add(id);
            }
            else if (answer.Succeeded && EventMapper.Map(answer.Value).Item is { } item)
            {
                // Whatever it says of itself, it is the master its occurrences name.
                masters.Add(new CalendarItem(CalendarItemKind.SeriesMaster, item.Meeting with { Id = id }, null));
            }
            else if (!GraphBatch.IsTransient(answer.Status))
            {
                unread++;
            }
        }

        if (unread > 0)
        {
            LogMastersUnread(logger, mailbox.UserId, unread);
        }

        await sink.ApplySeriesMastersAsync(mailbox, masters, gone, cancellationToken);
        ThrowIfGraphKeptFailing(answers, "series masters");
    }

    private async Task RereadSeriesAsync(GraphServiceClient client, MailboxRef mailbox, IMailboxSyncSink sink, SyncReport report,
        DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var series = await sink.GetActiveSeriesAsync(mailbox, from, to, cancellationToken);
        if (series.Count == 0)
        {
            return;
        }

        var user = client.Users[mailbox.UserId.ToString()];
        var steps = series.Select(id => (id, user.Events[id].Instances.ToGetRequestInformation(c =>
        {
            c.QueryParameters.StartDateTime = Format(from);
            c.QueryParameters.EndDateTime = Format(to);
            c.QueryParameters.Select = GraphQueries.SeriesInstanceFields;
            c.QueryParameters.Top = 1000;
            c.Headers.Add("Prefer", GraphQueries.ImmutableIdPreference);
        }))).ToList();
        var answers = await TransientRetry.RunAsync(ct => GraphBatch.RunJsonAsync(client, steps, Batches(report, report.CountRereadBatch), ct),
            options.MaxPageAttempts, options.RetryBaseDelay, time, cancellationToken);
        foreach (var id in series)
        {
            var answer = answers[id];
            if (answer.Status == 404)
            {
                await sink.ApplySeriesInstancesAsync(mailbox, id, null, from, to, cancellationToken);
            }
            else if (answer.Succeeded)
            {
                var live = await InstanceIdsAsync(client, answer.Value, report, cancellationToken);
                await sink.ApplySeriesInstancesAsync(mailbox, id, live, from, to, cancellationToken);
            }

            // Anything else: nothing is learnt, nothing is dropped.
        }

        ThrowIfGraphKeptFailing(answers, "series re-reads");
    }

    /// <summary>The instance ids of a re-read, following next links (rare: more than 1,000 instances in the range).</summary>
    private async Task<HashSet<string>> InstanceIdsAsync(GraphServiceClient client, JsonElement page, SyncReport report,
        CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            if (page.TryGetProperty("value"u8, out var values) && values.ValueKind == JsonValueKind.Array)
            {
                foreach (var value in values.EnumerateArray())
                {
                    if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("id"u8, out var id) && id.GetString() is { } text)
                    {
                        ids.Add(text);
                    }
                }
            }

            if (!page.TryGetProperty("@odata.nextLink"u8, out var next) || next.GetString() is not { } link)
            {
                return ids;
            }

            page = await TransientRetry.RunAsync(async ct =>
            {
                report.CountReread();
                var request = new Microsoft.Kiota.Abstractions.RequestInformation
                {
                    HttpMethod = Microsoft.Kiota.Abstractions.Method.GET,
                    URI = new Uri(link),
                };
                request.Headers.Add("Prefer", GraphQueries.ImmutableIdPreference);
                await using var stream = await client.RequestAdapter.SendPrimitiveAsync<Stream>(request, GraphErrors.Mapping, ct)
                                         ?? throw new HttpRequestException("Graph answered an instances page with no body.");
                using var document = await JsonDocument.ParseAsync(stream, default, ct);
                return document.RootElement.Clone();
            }, options.MaxPageAttempts, options.RetryBaseDelay, time, cancellationToken);
        }
    }

    /// <summary>
    /// Steps Graph kept throttling or failing through every attempt fail the sync, whose job is retried later: never
    /// guess (an occurrence without its master would be lost to the analysis, a cancellation left unlearnt). What was
    /// stored so far stays. Other answers (403, 400) are Graph's word and are taken as they are.
    /// </summary>
    private static void ThrowIfGraphKeptFailing(IReadOnlyDictionary<string, BatchStepOutcome<JsonElement>> answers, string what)
    {
        var failing = answers.Values.Count(a => GraphBatch.IsTransient(a.Status));
        if (failing > 0)
        {
            throw new HttpRequestException($"Graph kept throttling or failing {failing} {what} of a mailbox.");
        }
    }

    /// <summary>How this mailbox's batches run: every call and resent step counted as requests, calls and steps apart in
    /// <paramref name="countBatch"/>.</summary>
    private BatchSettings Batches(SyncReport report, Action<int> countBatch) =>
        new(stepsPerBatch, options.MaxPageAttempts, options.RetryBaseDelay, time, report.CountRequests, countBatch);

    private static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} series masters of mailbox {UserId} could not be read; their occurrences wait for the next night")]
    private static partial void LogMastersUnread(ILogger logger, Guid userId, int count);
}

using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Graph.Access;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.Graph.Mapping;

namespace OutlookNetworking.Graph.Sync;

/// <summary>
/// Syncs one mailbox's metadata with Graph delta queries: one stream per mail folder and one
/// calendarView stream, at most <see cref="GraphOptions.MaxConcurrentRequestsPerMailbox"/> at once.
/// Every request goes through the Graph SDK's pipeline; pages are parsed as streams and stored one
/// by one with the link that follows them, so memory does not grow with the mailbox and a crash
/// resumes where it stopped. A mailbox Graph will not let the app read (403 ErrorAccessDenied, 404
/// MailboxNotEnabledForRESTAPI) throws <see cref="MailboxOutOfScopeException"/>: out of scope, not a
/// failure to retry (graph-fidelity GF-12).
/// </summary>
public sealed partial class MailboxSyncer(
    GraphClientProvider clients,
    IMailboxSyncSink sink,
    IOptions<GraphOptions> options,
    TimeProvider time,
    ILogger<MailboxSyncer> logger)
{
    private readonly GraphOptions _options = options.Value;
    private readonly SeriesSync _series = new(options.Value, clients.StepsPerBatch, time, logger);

    /// <exception cref="MailboxOutOfScopeException">Graph will not let the app read this mailbox.</exception>
    public async Task<SyncReport> SyncAsync(MailboxRef mailbox, CancellationToken cancellationToken)
    {
        try
        {
            return await SyncReadableAsync(mailbox, cancellationToken);
        }
        catch (ApiException ex) when (MailboxAccessErrors.ReasonOf(ex) is { } reason)
        {
            throw new MailboxOutOfScopeException(reason, ex);
        }
    }

    private async Task<SyncReport> SyncReadableAsync(MailboxRef mailbox, CancellationToken cancellationToken)
    {
        var report = new SyncReport();
        var client = clients.For(mailbox.TenantId);
        var streams = await sink.GetStreamsAsync(mailbox, cancellationToken);
        var discoveredAt = await sink.GetFoldersDiscoveredAtAsync(mailbox, cancellationToken);
        var now = time.GetUtcNow();
        if (discoveredAt is null || now - discoveredAt >= _options.FolderRefreshInterval || !streams.Any(s => !s.IsCalendar))
        {
            streams = await RefreshFoldersAsync(client, mailbox, streams, report, cancellationToken);
            await sink.SetFoldersDiscoveredAtAsync(mailbox, now, cancellationToken);
        }

        var calendar = streams.FirstOrDefault(s => s.IsCalendar);
        var window = CalendarWindow(now);
        if (calendar is null || calendar.WindowEnd is null || calendar.WindowEnd - now < HalfOf(_options.CalendarMonthsAhead))
        {
            // First sync, or the window's end comes near: read the calendar over a fresh window.
            await sink.RestartStreamAsync(mailbox, null, window.Start, window.End, cancellationToken);
            calendar = new StreamState(null, null, null, null, window.Start, window.End);
        }

        var work = streams.Where(s => !s.IsCalendar).Append(calendar).ToList();
        var calendarRead = new CalendarRound { Full = calendar.DeltaLink is null };
        await Parallel.ForEachAsync(work,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentRequestsPerMailbox, CancellationToken = cancellationToken },
            async (stream, ct) => await RunStreamAsync(client, mailbox, stream, report, ct, stream.IsCalendar ? calendarRead : null));
        await _series.RunAsync(client, mailbox, sink, report, calendarRead.Full, calendarRead.WindowEnd ?? window.End, cancellationToken);
        LogSynced(logger, mailbox.UserId, report.Streams, report.Pages, report.Upserted, report.Removed, report.Retries, report.Restarts);
        return report;
    }

    private async Task<IReadOnlyList<StreamState>> RefreshFoldersAsync(GraphServiceClient client, MailboxRef mailbox,
        IReadOnlyList<StreamState> streams, SyncReport report, CancellationToken cancellationToken)
    {
        // Discovery only reads, so a dropped connection or cut body anywhere in it is simply read again.
        var batches = new BatchSettings(clients.StepsPerBatch, _options.MaxPageAttempts, _options.RetryBaseDelay, time, report.CountRequests);
        var folders = await TransientRetry.RunAsync(ct => MailFolderDiscovery.DiscoverAsync(client, mailbox, report, batches, ct),
            _options.MaxPageAttempts, _options.RetryBaseDelay, time, cancellationToken);
        var wanted = folders.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in streams.Where(s => !s.IsCalendar && !wanted.Contains(s.FolderId!)))
        {
            await sink.DropMailStreamAsync(mailbox, gone.FolderId!, cancellationToken);
        }

        foreach (var folder in folders)
        {
            await sink.EnsureMailStreamAsync(mailbox, folder.Id, folder.Kind, cancellationToken);
        }

        return await sink.GetStreamsAsync(mailbox, cancellationToken);
    }

    private async Task RunStreamAsync(GraphServiceClient client, MailboxRef mailbox, StreamState stream, SyncReport report,
        CancellationToken cancellationToken, CalendarRound? calendarRead = null)
    {
        report.CountStream();
        if (calendarRead is not null)
        {
            calendarRead.WindowEnd = stream.WindowEnd;
        }

        var link = stream.NextLink ?? stream.DeltaLink;
        var restarted = false;
        while (true)
        {
            try
            {
                if (stream.IsCalendar)
                {
                    await RunPagesAsync(
                        from => FetchAsync(client, () => CalendarRequest(client, mailbox, stream, from), report, cancellationToken),
                        EventMapper.Map, page => sink.ApplyMeetingPageAsync(mailbox, page, cancellationToken), link, report, cancellationToken);
                }
                else
                {
                    var kind = stream.FolderKind ?? FolderKind.Other;
                    await RunPagesAsync(
                        from => FetchAsync(client, () => MailRequest(client, mailbox, stream.FolderId!, from), report, cancellationToken),
                        item => MessageMapper.Map(item, kind),
                        page => sink.ApplyMessagePageAsync(mailbox, stream.FolderId!, page, cancellationToken), link, report, cancellationToken);
                }

                return;
            }
            catch (ApiException ex) when (GraphErrors.IsResync(ex) && !restarted)
            {
                // The delta token expired: start this stream over. Rows stay until the new round proves them gone.
                restarted = true;
                report.CountRestart();
                LogResync(logger, mailbox.UserId);
                var window = stream.IsCalendar ? CalendarWindow(time.GetUtcNow()) : default;
                await sink.RestartStreamAsync(mailbox, stream.FolderId, window.Start, window.End, cancellationToken);
                stream = stream with { NextLink = null, DeltaLink = null, WindowStart = window.Start, WindowEnd = window.End };
                link = null;
                if (calendarRead is not null)
                {
                    (calendarRead.Full, calendarRead.WindowEnd) = (true, window.End);
                }
            }
            catch (ApiException ex) when (GraphErrors.IsNotFound(ex) && MailboxAccessErrors.ReasonOf(ex) is null && !stream.IsCalendar)
            {
                // The folder was deleted since it was listed: its messages went with it.
                await sink.DropMailStreamAsync(mailbox, stream.FolderId!, cancellationToken);
                return;
            }
        }
    }

    /// <summary>
    /// Reads a delta round page by page from <paramref name="link"/>, storing each page with the link that follows it
    /// before asking for the next one (graph-fidelity GF-9, GF-10). Exchange keeps only the last three generations of a
    /// stream's sync state, and every page it serves writes a new one, even a page whose answer never arrives. So the
    /// rule here: every request of a stream uses its committed link (none at a round's start), and the next request
    /// goes out only once the page before it is stored with its link. Each attempt then writes at most one generation
    /// past the committed link, and after a crash (a kill, a deploy, a lost worker) that link is still held unless
    /// the page it leads to was served and lost three times in a row: the resume reads on from it, without a full
    /// resync. Asking for the next page while storing one (as this did before) wrote two generations past the
    /// committed link, so a crash soon after a resume aged it out and the stream started from scratch. The overlap
    /// that bought is kept across streams: a mailbox's folders and calendar are read at once (up to
    /// <see cref="GraphOptions.MaxConcurrentRequestsPerMailbox"/>). Empty pages with a next link are stored (their link
    /// moves the cursor) and followed like any other.
    /// </summary>
    private static async Task RunPagesAsync<T>(Func<string?, Task<DeltaPage>> fetch, Func<System.Text.Json.JsonElement, MapResult<T>> map,
        Func<MappedPage<T>, Task> store, string? link, SyncReport report, CancellationToken cancellationToken)
        where T : class
    {
        while (true)
        {
            MappedPage<T> page;
            using (var read = await fetch(link))
            {
                page = read.Map(map);
            }

            await store(page);
            report.CountPage(page.Upserts.Count, page.RemovedIds.Count, page.Skipped);
            if (page.DeltaLink is not null)
            {
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            link = page.NextLink;
        }
    }

    /// <summary>Fetches and reads one page, trying again on transient failures (the SDK has already
    /// retried throttling up to three times by then) with exponential back-off or the server's Retry-After.</summary>
    private async Task<DeltaPage> FetchAsync(GraphServiceClient client, Func<RequestInformation> request, SyncReport report,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                report.CountDeltaRequest();
                await using var body = await client.RequestAdapter.SendPrimitiveAsync<Stream>(request(), GraphErrors.Mapping, cancellationToken)
                                       ?? throw new MalformedPageException("Graph returned an empty delta page.");
                return await DeltaPageParser.ReadAsync(body, cancellationToken);
            }
            catch (Exception ex) when (attempt < _options.MaxPageAttempts && GraphErrors.IsTransient(ex, cancellationToken))
            {
                report.CountRetry();
                var delay = GraphErrors.RetryAfter(ex) ?? Backoff(attempt);
                LogRetry(logger, attempt, ex, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    private RequestInformation MailRequest(GraphServiceClient client, MailboxRef mailbox, string folderId, string? link)
    {
        var delta = client.Users[mailbox.UserId.ToString()].MailFolders[folderId].Messages.Delta;
        return (link is null ? delta : delta.WithUrl(link)).ToGetRequestInformation(c =>
        {
            if (link is null)
            {
                c.QueryParameters.Select = GraphQueries.MessageFields;
            }

            c.Headers.Add("Prefer", GraphQueries.MaxPageSizePreference(_options.PageSize), GraphQueries.ImmutableIdPreference);
        });
    }

    private RequestInformation CalendarRequest(GraphServiceClient client, MailboxRef mailbox, StreamState stream, string? link)
    {
        var delta = client.Users[mailbox.UserId.ToString()].CalendarView.Delta;
        return (link is null ? delta : delta.WithUrl(link)).ToGetRequestInformation(c =>
        {
            if (link is null)
            {
                // No $select (nor any other query option): calendarView/delta refuses them with 400 (GF-3).
                c.QueryParameters.StartDateTime = stream.WindowStart!.Value.ToString("o", CultureInfo.InvariantCulture);
                c.QueryParameters.EndDateTime = stream.WindowEnd!.Value.ToString("o", CultureInfo.InvariantCulture);
            }

            c.Headers.Add("Prefer", GraphQueries.MaxPageSizePreference(_options.PageSize), GraphQueries.ImmutableIdPreference,
                GraphQueries.UtcTimeZonePreference);
        });
    }

    private (DateTimeOffset Start, DateTimeOffset End) CalendarWindow(DateTimeOffset now)
    {
        var day = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        return (day.AddMonths(-_options.CalendarMonthsBack), day.AddMonths(_options.CalendarMonthsAhead).AddDays(1));
    }

    private static TimeSpan HalfOf(int months) => TimeSpan.FromDays(months * 30.4 / 2);

    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(30_000, _options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1)));

    /// <summary>How this sync read the calendar: a full round (first sync, resumed first sync, restart) lists every
    /// occurrence there is, so no series needs reading again; and the window it read.</summary>
    private sealed class CalendarRound
    {
        public bool Full { get; set; }

        public DateTimeOffset? WindowEnd { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Synced mailbox {UserId}: {Streams} streams, {Pages} pages, {Upserted} upserted, {Removed} removed, {Retries} retries, {Restarts} restarts")]
    private static partial void LogSynced(ILogger logger, Guid userId, int streams, int pages, int upserted, int removed, int retries, int restarts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delta token expired for mailbox {UserId}; the stream starts over")]
    private static partial void LogResync(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Page attempt {Attempt} failed; retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, int attempt, Exception error, TimeSpan delay);
}

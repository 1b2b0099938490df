using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// The ingest baseline: the very delta pages a sync fetched (replayed from the simulator's request log: Graph's next
/// and delta links may be replayed and give the same page), fetched with a plain <see cref="HttpClient"/> and parsed
/// with System.Text.Json into nothing. Streams run in parallel as the sync runs them (at most 4), the pages of one
/// stream one after another (each link comes from the page before).
/// </summary>
internal sealed class RawDeltaFetcher(HttpClient http, string baseUrl)
{
    /// <summary>The server's origin: logged paths start with the version segment (<c>/v1.0/…</c>).</summary>
    private readonly string _origin = new Uri(baseUrl).GetLeftPart(UriPartial.Authority);

    /// <summary>The delta pages of a request log, grouped by stream, in the order they were fetched.</summary>
    public static IReadOnlyList<IReadOnlyList<RequestLogEntry>> DeltaStreams(IEnumerable<RequestLogEntry> log) =>
        log.Where(e => e is { Method: "GET", IsBatchItem: false, Status: 200 } && e.PathAndQuery.Contains("/delta", StringComparison.OrdinalIgnoreCase))
            .GroupBy(e => e.PathAndQuery.Split('?')[0], StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<RequestLogEntry>)g.OrderBy(e => e.Sequence).ToList())
            .ToList();

    /// <summary>Fetches every page; <paramref name="parse"/> false reads the bytes only. Returns the wall time, the items
    /// parsed, and the bodies when <paramref name="keepBodies"/> (for the profile).</summary>
    public async Task<RawFetch> FetchAsync(IReadOnlyList<IReadOnlyList<RequestLogEntry>> streams, bool parse, bool keepBodies = false)
    {
        var bodies = new List<RawPage>();
        var items = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(streams, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (pages, ct) =>
        {
            foreach (var page in pages)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_origin + page.PathAndQuery));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "raw-baseline");
                if (page.Prefer is { } prefer)
                {
                    request.Headers.TryAddWithoutValidation("Prefer", prefer);
                }

                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                if (!response.IsSuccessStatusCode)
                {
                    throw new HttpRequestException($"{(int)response.StatusCode} for {page.PathAndQuery}: {await response.Content.ReadAsStringAsync(ct)}");
                }

                if (keepBodies)
                {
                    var bytes = await response.Content.ReadAsByteArrayAsync(ct);
                    lock (bodies)
                    {
                        bodies.Add(new RawPage(page.PathAndQuery, page.Sequence, bytes));
                    }

                    continue;
                }

                await using var body = await response.Content.ReadAsStreamAsync(ct);
                if (parse)
                {
                    using var document = await JsonDocument.ParseAsync(body, default, ct);
                    Interlocked.Add(ref items, document.RootElement.GetProperty("value").GetArrayLength());
                }
                else
                {
                    await body.CopyToAsync(Stream.Null, ct);
                }
            }
        });
        return new RawFetch(clock.Elapsed, items, bodies.OrderBy(b => b.Sequence).ToList());
    }
}

/// <summary>One raw fetch of a sync's pages.</summary>
internal sealed record RawFetch(TimeSpan Elapsed, int Items, IReadOnlyList<RawPage> Bodies);

/// <summary>A fetched delta page, kept for the profile.</summary>
internal sealed record RawPage(string PathAndQuery, long Sequence, byte[] Body)
{
    public bool IsCalendar => PathAndQuery.Contains("calendarView", StringComparison.OrdinalIgnoreCase);

    /// <summary>The mail folder of a message delta page (<c>/users/{u}/mailFolders/{f}/messages/delta</c>).</summary>
    public string FolderId
    {
        get
        {
            var parts = PathAndQuery.Split('?')[0].Split('/');
            var index = Array.FindIndex(parts, p => p.Equals("mailFolders", StringComparison.OrdinalIgnoreCase));
            return index >= 0 ? Uri.UnescapeDataString(parts[index + 1]) : "";
        }
    }
}

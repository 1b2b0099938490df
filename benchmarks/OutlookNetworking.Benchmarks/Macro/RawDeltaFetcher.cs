using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// The ingest baseline: the delta rounds a sync read, read again with a plain <see cref="HttpClient"/> and parsed with
/// System.Text.Json into nothing. Each stream's round starts again from the request that started it in the sync's log and
/// follows its next links to the delta link (replaying the logged links is not possible: Graph keeps only the last three
/// generations of a stream's sync state, graph-fidelity GF-9), so it reads the pages Graph serves for one round,
/// empty and short ones included (GF-10): the fewest requests any client needs. Streams run in parallel as the sync
/// runs them (at most 4), the pages of one stream one after another (each link comes from the page before).
/// </summary>
internal sealed class RawDeltaFetcher(HttpClient http, string baseUrl)
{
    private static readonly byte[] NextLink = "@odata.nextLink"u8.ToArray();

    /// <summary>The server's origin: logged paths start with the version segment (<c>/v1.0/…</c>).</summary>
    private readonly string _origin = new Uri(baseUrl).GetLeftPart(UriPartial.Authority);

    /// <summary>The delta requests of a request log, grouped by stream, in the order they were fetched.</summary>
    public static IReadOnlyList<IReadOnlyList<RequestLogEntry>> DeltaStreams(IEnumerable<RequestLogEntry> log) =>
        log.Where(e => e is { Method: "GET", IsBatchItem: false, Status: 200 } && e.PathAndQuery.Contains("/delta", StringComparison.OrdinalIgnoreCase))
            .GroupBy(e => e.PathAndQuery.Split('?')[0].Replace("delta()", "delta", StringComparison.Ordinal), StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<RequestLogEntry>)g.OrderBy(e => e.Sequence).ToList())
            .ToList();

    /// <summary>Reads one round of every stream; <paramref name="parse"/> false reads the bytes and finds the next link
    /// only. Returns the wall time, the pages and items read, and the bodies when <paramref name="keepBodies"/> (for the
    /// profile).</summary>
    public async Task<RawFetch> FetchAsync(IReadOnlyList<IReadOnlyList<RequestLogEntry>> streams, bool parse, bool keepBodies = false)
    {
        var bodies = new List<RawPage>();
        var items = 0;
        var pages = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(streams, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (logged, ct) =>
        {
            // The request that started the round (the SDK asks for "delta()", links come back as "delta").
            var start = logged.FirstOrDefault(e => !e.PathAndQuery.Contains("token=", StringComparison.OrdinalIgnoreCase)) ?? logged[0];
            string? url = _origin + start.PathAndQuery;
            for (var sequence = 0; url is not null; sequence++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "raw-baseline");
                if (start.Prefer is { } prefer)
                {
                    request.Headers.TryAddWithoutValidation("Prefer", prefer);
                }

                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                if (!response.IsSuccessStatusCode)
                {
                    throw new HttpRequestException($"{(int)response.StatusCode} for {url}: {await response.Content.ReadAsStringAsync(ct)}");
                }

                var bytes = await response.Content.ReadAsByteArrayAsync(ct);
                Interlocked.Increment(ref pages);
                if (keepBodies)
                {
                    lock (bodies)
                    {
                        bodies.Add(new RawPage(start.PathAndQuery, (start.Sequence * 100_000) + sequence, bytes));
                    }
                }

                if (parse)
                {
                    using var document = JsonDocument.Parse(bytes);
                    Interlocked.Add(ref items, document.RootElement.GetProperty("value").GetArrayLength());
                    url = document.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
                }
                else
                {
                    url = FindNextLink(bytes);
                }
            }
        });
        return new RawFetch(clock.Elapsed, items, pages, bodies.OrderBy(b => b.Sequence).ToList());
    }

    /// <summary>The page's next link, read from its top-level properties (Graph writes the links before <c>value</c>).</summary>
    private static string? FindNextLink(byte[] page)
    {
        var reader = new Utf8JsonReader(page);
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(NextLink))
                {
                    reader.Read();
                    return reader.GetString();
                }

                reader.Read();
                reader.Skip();
            }
        }

        return null;
    }
}

/// <summary>One raw fetch of a sync's pages.</summary>
internal sealed record RawFetch(TimeSpan Elapsed, int Items, int Pages, IReadOnlyList<RawPage> Bodies);

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

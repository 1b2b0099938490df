using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// API: the product host as its own process in demo mode (the demo tenant synced and analysed by its first night),
/// loaded on loopback by this process: <c>/api/people</c> for 5 addresses from the user's recent mail and
/// <c>/api/suggestions</c>, each against <c>/healthz</c> (a trivial endpoint of the same host) — throughput with 32
/// connections back to back, and latency at a fixed 1,000 requests a second. Both processes share the machine's cores.
/// The per-user rate limit is raised for the run (one token carries the load of many users).
/// </summary>
internal static class ApiStage
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(3);

    public static async Task RunAsync(BenchSettings settings, Figures figures)
    {
        var data = settings.Path("api");
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        using var web = ChildProcess.Start("web", AppContext.BaseDirectory, ["OutlookNetworking.Web.dll", "--urls", baseUrl],
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["App__DataDirectory"] = data,
                ["Logging__LogLevel__Default"] = "Warning",
                // One signed-in user stands in for many: the per-user limiter stays in the path (its cost is measured)
                // but with room for the whole load (by default a user gets 120 at once, then 4 a second).
                ["RateLimits__BurstPerUser"] = "100000",
                ["RateLimits__PerSecondPerUser"] = "100000",
            });
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = BenchSettings.LoadConnections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };

        await WaitAsync(async () => (await TryGetAsync(http, "/healthz", null)).Status == HttpStatusCode.OK, web, "the web host did not start");
        var (upn, token) = await SignInAsync(http);
        var suggestionsStatus = HttpStatusCode.NotFound;
        await WaitAsync(async () =>
        {
            var (status, body) = await TryGetAsync(http, "/api/suggestions?top=5", token);
            suggestionsStatus = status;
            return status == HttpStatusCode.NotFound || (status == HttpStatusCode.OK && body.Contains("\"kind\"", StringComparison.Ordinal));
        }, web, "the demo night produced no suggestion");
        if (suggestionsStatus != HttpStatusCode.OK)
        {
            Console.Error.WriteLine("[bench] /api/suggestions answers 404: the task-pane API is not in this build; API figures skipped");
            figures.Put("apiAvailable", false);
            return;
        }

        var addresses = await AddressesAsync(http, upn, token);
        var people = "/api/people?emails=" + string.Join(',', addresses.Select(Uri.EscapeDataString));
        var (peopleStatus, peopleBody) = await TryGetAsync(http, people, token);
        if (peopleStatus != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"/api/people answered {(int)peopleStatus}: {peopleBody}");
        }

        figures.Put("apiAvailable", true);
        figures.Put("apiPeopleKnown", JsonDocument.Parse(peopleBody).RootElement.GetProperty("people").EnumerateArray()
            .Count(p => p.GetProperty("known").GetBoolean()));
        var load = new LoadGenerator(http);
        var endpoints = new (string Name, string Path, string? Token)[]
        {
            ("trivial", "/healthz", null), ("people", people, token), ("suggestions", "/api/suggestions?top=5", token),
        };
        var results = new Dictionary<string, (LoadResult Closed, LoadResult Fixed)>(StringComparer.Ordinal);
        foreach (var (name, path, bearer) in endpoints)
        {
            HttpRequestMessage Request()
            {
                var message = new HttpRequestMessage(HttpMethod.Get, path);
                if (bearer is not null)
                {
                    message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
                }

                return message;
            }

            var closed = await load.ClosedLoopAsync(Request, BenchSettings.LoadConnections, TimeSpan.FromSeconds(1), settings.LoadDuration);
            var fixedRate = await load.FixedRateAsync(Request, BenchSettings.FixedRate, TimeSpan.FromSeconds(1), settings.LoadDuration);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[bench] {name}: {closed.Throughput:0} req/s (p99 {closed.P99:0.0} ms, {closed.Errors} errors); at {BenchSettings.FixedRate}/s p50 {fixedRate.P50:0.00} p95 {fixedRate.P95:0.00} p99 {fixedRate.P99:0.00} ms ({fixedRate.Errors} errors)"));
            results[name] = (closed, fixedRate);
        }

        var trivial = results["trivial"];
        foreach (var name in new[] { "people", "suggestions" })
        {
            var (closed, fixedRate) = results[name];
            var title = name == "people" ? "/api/people (5 addresses)" : "/api/suggestions";
            var key = name == "people" ? "apiPeople" : "apiSuggestions";
            var ratio = closed.Throughput / trivial.Closed.Throughput;
            figures.Add(new Figure($"api: {title} throughput, {BenchSettings.LoadConnections} connections", key + "Rps", closed.Throughput, "req/s",
                "apiTrivialRps", trivial.Closed.Throughput, key + "ThroughputRatio", ratio, "ratio >= 0.5", ratio >= 0.5));
            figures.Add(new Figure($"api: {title} p99 at {BenchSettings.FixedRate:N0} req/s", key + "P99Ms", fixedRate.P99, "ms",
                "apiTrivialP99Ms", trivial.Fixed.P99, key + "P99Ratio", fixedRate.P99 / trivial.Fixed.P99, "p99 < 10 ms", fixedRate.P99 < 10));
            figures.Put(key + "P50Ms", Math.Round(fixedRate.P50, 3));
            figures.Put(key + "P95Ms", Math.Round(fixedRate.P95, 3));
            figures.Put(key + "Errors", closed.Errors + fixedRate.Errors);
        }

        figures.Put("apiTrivialP50Ms", Math.Round(trivial.Fixed.P50, 3));
        figures.Put("apiTrivialP95Ms", Math.Round(trivial.Fixed.P95, 3));
        figures.Put("apiTrivialErrors", trivial.Closed.Errors + trivial.Fixed.Errors);
    }

    /// <summary>The first demo user and a token for it from the demo issuer.</summary>
    private static async Task<(string Upn, string Token)> SignInAsync(HttpClient http)
    {
        var (_, users) = await TryGetAsync(http, "/demo/users", null);
        var upn = JsonDocument.Parse(users).RootElement.EnumerateArray().First().GetProperty("upn").GetString()!;
        var (_, token) = await TryGetAsync(http, "/demo/token?upn=" + Uri.EscapeDataString(upn), null);
        return (upn, JsonDocument.Parse(token).RootElement.GetProperty("accessToken").GetString()!);
    }

    /// <summary>Five people from the user's recent mail (as the task pane sends the people of an open email), else
    /// colleagues from the demo directory.</summary>
    private static async Task<IReadOnlyList<string>> AddressesAsync(HttpClient http, string upn, string token)
    {
        var found = new List<string>();
        var (status, body) = await TryGetAsync(http, $"/demo/messages?upn={Uri.EscapeDataString(upn)}&top=30", token);
        if (status == HttpStatusCode.OK)
        {
            foreach (var message in JsonDocument.Parse(body).RootElement.EnumerateArray())
            {
                foreach (var field in new[] { "from", "to", "cc" })
                {
                    if (!message.TryGetProperty(field, out var value))
                    {
                        continue;
                    }

                    var people = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
                    found.AddRange(people.Where(p => p.TryGetProperty("address", out _)).Select(p => p.GetProperty("address").GetString() ?? ""));
                }
            }
        }

        var (_, users) = await TryGetAsync(http, "/demo/users", null);
        found.AddRange(JsonDocument.Parse(users).RootElement.EnumerateArray().Select(u => u.GetProperty("mail").GetString() ?? ""));
        return found.Where(a => a.Contains('@', StringComparison.Ordinal) && !a.Equals(upn, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Take(5).ToList();
    }

    private static async Task<(HttpStatusCode Status, string Body)> TryGetAsync(HttpClient http, string path, string? token)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await http.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException)
        {
            return (0, "");
        }
    }

    private static async Task WaitAsync(Func<Task<bool>> ready, ChildProcess web, string failure)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await ready())
        {
            if (web.HasExited || clock.Elapsed > ReadyTimeout)
            {
                throw new InvalidOperationException(failure);
            }

            await Task.Delay(250);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

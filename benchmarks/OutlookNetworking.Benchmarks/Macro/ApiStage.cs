using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// API: the product host as its own process in demo mode (the demo tenant synced and analysed, its nights finished),
/// loaded on loopback by this process: <c>/api/people</c> for 5 addresses from the user's recent mail,
/// <c>/api/introductions</c> for 5 people outside whom opted-in colleagues of the user know (picked from the index the
/// demo's night built; warm introductions: the demo turns them on and opts its first user in; one read per answer, the
/// per-asker count kept in memory and flushed) and <c>/api/suggestions</c>, each beside two trivial endpoints of the same host: <c>/api/auth/session</c> (the same
/// pipeline as the API: bearer token, the ApiUser policy with its consented-tenant check, the per-user rate limiter,
/// security headers; it answers from the token alone) and the anonymous <c>/healthz</c>. Throughput with 32
/// connections back to back, and latency at a fixed 1,000 requests a second; the four endpoints take turns, in rounds
/// (3, 1 with --quick), and each figure is the median over the rounds. Both processes share the machine's cores.
/// The per-user rate limit is raised for the run (one token carries the load of many users).
/// </summary>
internal static class ApiStage
{
    /// <summary>Environment variable with extra settings for the web host (<c>NAME=value;…</c>), e.g. GC settings.</summary>
    public const string WebEnvironmentVariable = "OUTLOOKNETWORKING_BENCH_WEB_ENV";

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
        using var web = ChildProcess.Start("web", AppContext.BaseDirectory, ["OutlookNetworking.Demo.dll", "--urls", baseUrl],
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["App__DataDirectory"] = data,
                ["Logging__LogLevel__Default"] = "Warning",
                // The host's own GC settings (its runtimeconfig: workstation GC), not the server GC of the benchmark processes.
                ["DOTNET_gcServer"] = "",
                // One signed-in user stands in for many: the per-user limiter stays in the path (its cost is measured)
                // but with room for the whole load (by default a user gets 120 at once, then 4 a second).
                ["RateLimits__BurstPerUser"] = "100000",
                ["RateLimits__PerSecondPerUser"] = "100000",
            }.Concat(ExtraWebEnvironment()).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
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

        await OptInToIntroductionsAsync(http, token); // the demo opts in two of every three users; make sure of this one
        figures.Put("apiAvailable", true);
        figures.Put("apiPeopleKnown", JsonDocument.Parse(peopleBody).RootElement.GetProperty("people").EnumerateArray()
            .Count(p => p.GetProperty("known").GetBoolean()));
        await SettleAsync(http, web);

        // People outside whom opted-in colleagues of the user know, from the index the night built: a real answer.
        var introduced = await KnownByColleaguesAsync(data, upn);
        figures.Put("apiIntroductionsAddresses", introduced.Count);
        var introductions = "/api/introductions?emails=" + string.Join(',', (introduced.Count > 0 ? introduced : addresses).Select(Uri.EscapeDataString));
        var (introductionsStatus, introductionsBody) = await TryGetAsync(http, introductions, token);
        if (introductionsStatus != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"/api/introductions answered {(int)introductionsStatus}: {introductionsBody}");
        }

        figures.Put("apiIntroductionsColleagues", JsonDocument.Parse(introductionsBody).RootElement.GetProperty("introductions")
            .EnumerateArray().Sum(e => e.GetProperty("colleagues").GetArrayLength()));

        var endpoints = new ApiEndpoint[]
        {
            new("trivial", "/healthz", null), new("authTrivial", "/api/auth/session", token),
            new("people", people, token), new("introductions", introductions, token), new("suggestions", "/api/suggestions?top=5", token),
        };
        var load = new LoadGenerator(http);
        foreach (var endpoint in endpoints)
        {
            // Unrecorded: every endpoint's code paths jitted and tiered up before any round.
            await load.ClosedLoopAsync(endpoint.Request, BenchSettings.LoadConnections, TimeSpan.Zero, TimeSpan.FromSeconds(2));
        }

        var rounds = settings.Quick ? 1 : 3;
        var runs = endpoints.ToDictionary(e => e.Name, _ => new List<(LoadResult Closed, LoadResult Fixed)>(), StringComparer.Ordinal);
        figures.Put("apiLoadAverageAtStart", MachineInfo.LoadAverage());
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var endpoint in endpoints)
            {
                var closed = await load.ClosedLoopAsync(endpoint.Request, BenchSettings.LoadConnections, TimeSpan.FromSeconds(1), settings.LoadDuration);
                var fixedRate = await load.FixedRateAsync(endpoint.Request, BenchSettings.FixedRate, TimeSpan.FromSeconds(1), settings.LoadDuration);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[bench] round {round} {endpoint.Name}: {closed.Throughput:0} req/s (p99 {closed.P99:0.0} ms, {closed.Errors} errors); at {BenchSettings.FixedRate}/s p50 {fixedRate.P50:0.00} p95 {fixedRate.P95:0.00} p99 {fixedRate.P99:0.00} ms ({fixedRate.Errors} errors); load average {MachineInfo.LoadAverage():0.0}"));
                runs[endpoint.Name].Add((closed, fixedRate));
            }
        }

        figures.Put("apiLoadAverageAtEnd", MachineInfo.LoadAverage());
        figures.Put("apiRounds", rounds);
        var summary = runs.ToDictionary(r => r.Key, r => ApiSummary.Of(r.Value), StringComparer.Ordinal);
        var trivial = summary["trivial"];
        var authTrivial = summary["authTrivial"];
        foreach (var (name, title, key) in new[]
                 {
                     ("people", "/api/people (5 addresses)", "apiPeople"), ("introductions", "/api/introductions (5 addresses)", "apiIntroductions"),
                     ("suggestions", "/api/suggestions", "apiSuggestions"),
                 })
        {
            var ours = summary[name];
            var ratio = ours.Throughput / authTrivial.Throughput;
            figures.Add(new Figure($"api: {title} throughput, {BenchSettings.LoadConnections} conn.", key + "Rps", ours.Throughput, "req/s",
                "apiAuthTrivialRps", authTrivial.Throughput, key + "ThroughputRatio", ratio, "ratio >= 0.5", ratio >= 0.5));
            var healthzRatio = ours.Throughput / trivial.Throughput;
            figures.Add(new Figure($"api: {title} throughput vs /healthz", key + "Rps", ours.Throughput, "req/s",
                "apiTrivialRps", trivial.Throughput, key + "HealthzThroughputRatio", healthzRatio, "ratio >= 0.5", healthzRatio >= 0.5));
            figures.Add(new Figure($"api: {title} p99 at {BenchSettings.FixedRate:N0} req/s", key + "P99Ms", ours.P99, "ms",
                "apiAuthTrivialP99Ms", authTrivial.P99, key + "P99Ratio", ours.P99 / authTrivial.P99, "p99 < 10 ms", ours.P99 < 10));
            figures.Put(key + "P50Ms", Math.Round(ours.P50, 3));
            figures.Put(key + "P95Ms", Math.Round(ours.P95, 3));
            figures.Put(key + "Errors", ours.Errors);
        }

        var beside = summary["introductions"].Throughput / summary["people"].Throughput;
        figures.Add(new Figure("api: /api/introductions throughput vs /api/people", "apiIntroductionsRps", summary["introductions"].Throughput,
            "req/s", "apiPeopleRps", summary["people"].Throughput, "apiIntroductionsPeopleRatio", beside));
        figures.Add(new Figure("api: /api/auth/session throughput (pipeline only)", "apiAuthTrivialRps", authTrivial.Throughput, "req/s",
            "apiTrivialRps", trivial.Throughput, "apiAuthTrivialHealthzRatio", authTrivial.Throughput / trivial.Throughput));
        figures.Add(new Figure($"api: /healthz p99 at {BenchSettings.FixedRate:N0} req/s (machine noise)", "apiTrivialP99Ms", trivial.P99, "ms"));
        foreach (var (name, key) in new[] { ("trivial", "apiTrivial"), ("authTrivial", "apiAuthTrivial") })
        {
            figures.Put(key + "P50Ms", Math.Round(summary[name].P50, 3));
            figures.Put(key + "P95Ms", Math.Round(summary[name].P95, 3));
            figures.Put(key + "P99Ms", Math.Round(summary[name].P99, 3));
            figures.Put(key + "Errors", summary[name].Errors);
        }
    }

    /// <summary>Lets the demo's first night finish before measuring: runs a whole night now (<c>POST /demo/night</c>
    /// waits for its jobs, which queue behind the first night's), then gives the host two quiet seconds.</summary>
    private static async Task SettleAsync(HttpClient http, ChildProcess web)
    {
        using var night = await http.PostAsync(new Uri("/demo/night?timeoutSeconds=600", UriKind.Relative), null);
        if (!night.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /demo/night answered {(int)night.StatusCode}: {await night.Content.ReadAsStringAsync()}");
        }

        if (web.HasExited)
        {
            throw new InvalidOperationException("the web host exited");
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
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

    /// <summary>Five external addresses known by the most opted-in colleagues (in the directory) of the user, read from
    /// the host's SQLite store (the introductions index of the demo's nights).</summary>
    private static async Task<IReadOnlyList<string>> KnownByColleaguesAsync(string data, string upn)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(data, "outlooknetworking.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT t.contact_address FROM introduction_ties t
            JOIN mailboxes asker ON asker.tenant_id = t.tenant_id AND lower(asker.user_principal_name) = lower($upn)
            JOIN introduction_opt_ins o ON o.tenant_id = t.tenant_id AND o.user_id = t.user_id
            JOIN mailboxes m ON m.tenant_id = t.tenant_id AND m.user_id = t.user_id AND m.removed = 0
            WHERE t.user_id <> asker.user_id
            GROUP BY t.contact_address
            ORDER BY COUNT(*) DESC, t.contact_address
            LIMIT 5
            """;
        command.Parameters.AddWithValue("$upn", upn);
        var found = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }

    private static async Task OptInToIntroductionsAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/me/introductions")
        {
            Content = new StringContent("""{"discoverable":true}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            throw new InvalidOperationException($"PUT /api/me/introductions answered {(int)response.StatusCode}");
        }
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

    /// <summary>Extra environment for the web host from <see cref="WebEnvironmentVariable"/> (<c>NAME=value;NAME=value</c>),
    /// for experiments with runtime settings (e.g. <c>DOTNET_gcServer=0</c>); empty by default.</summary>
    private static IEnumerable<KeyValuePair<string, string>> ExtraWebEnvironment() =>
        (Environment.GetEnvironmentVariable(WebEnvironmentVariable) ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .Select(p => new KeyValuePair<string, string>(p[0], p[1]));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

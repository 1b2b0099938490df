using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OutlookNetworking.Cli.Commands.Load;

/// <summary>
/// The task pane's two hot requests for every demo user, each with the user's own token from the demo issuer:
/// <c>/api/people</c> with five people from the user's recent mail (as the pane asks about the people on an open
/// email) and <c>/api/suggestions</c>. Request <c>i</c> alternates the endpoints and goes round the users.
/// </summary>
internal sealed class ApiTraffic
{
    public static readonly string[] Endpoints = ["/api/people (5 addresses)", "/api/suggestions"];

    private readonly List<(string Token, string People)> _users;

    private ApiTraffic(List<(string Token, string People)> users) => _users = users;

    public int Users => _users.Count;

    public static async Task<ApiTraffic> PrepareAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var users = await http.GetFromJsonAsync<List<JsonElement>>("/demo/users", cancellationToken) ?? [];
        var prepared = new List<(string, string)>();
        foreach (var user in users)
        {
            var upn = user.GetProperty("upn").GetString()!;
            var issued = await http.GetFromJsonAsync<JsonElement>("/demo/token?upn=" + Uri.EscapeDataString(upn), cancellationToken);
            var token = issued.GetProperty("accessToken").GetString()!;
            var people = await PeopleOfRecentMailAsync(http, upn, token, users, cancellationToken);
            prepared.Add((token, "/api/people?emails=" + string.Join(',', people.Select(Uri.EscapeDataString))));
        }

        if (prepared.Count == 0)
        {
            throw new InvalidOperationException("The demo tenant has no users to sign in.");
        }

        var traffic = new ApiTraffic(prepared);
        foreach (var i in new[] { 0, 1 })
        {
            using var check = traffic.Request(i).Request;
            using var response = await http.SendAsync(check, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{Endpoints[i]} answered {(int)response.StatusCode} before the load: "
                                                    + await response.Content.ReadAsStringAsync(cancellationToken));
            }
        }

        return traffic;
    }

    public (int Endpoint, HttpRequestMessage Request) Request(int i)
    {
        var endpoint = i % 2;
        var (token, people) = _users[i / 2 % _users.Count];
        var message = new HttpRequestMessage(HttpMethod.Get, endpoint == 0 ? people : "/api/suggestions?top=5");
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (endpoint, message);
    }

    /// <summary>Five other people from the user's recent mail, topped up from the directory.</summary>
    private static async Task<IReadOnlyList<string>> PeopleOfRecentMailAsync(HttpClient http, string upn, string token,
        List<JsonElement> directory, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/demo/messages?upn={Uri.EscapeDataString(upn)}&top=30");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        var found = new List<string>();
        if (response.IsSuccessStatusCode)
        {
            foreach (var message in await response.Content.ReadFromJsonAsync<List<JsonElement>>(cancellationToken) ?? [])
            {
                foreach (var field in new[] { "from", "to", "cc" })
                {
                    if (message.TryGetProperty(field, out var value) && value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        var people = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
                        found.AddRange(people.Select(p => p.TryGetProperty("address", out var a) ? a.GetString() ?? "" : ""));
                    }
                }
            }
        }

        found.AddRange(directory.Select(u => u.TryGetProperty("mail", out var m) ? m.GetString() ?? "" : ""));
        return found.Where(a => a.Contains('@', StringComparison.Ordinal) && !a.Equals(upn, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Take(5).ToList();
    }
}

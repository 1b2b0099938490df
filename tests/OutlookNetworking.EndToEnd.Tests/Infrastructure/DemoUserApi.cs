using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OutlookNetworking.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The task-pane API (docs/api.md) as one demo user, over the live socket: what browser tests check the UI against.
/// Each call takes a fresh token from the demo issuer, so it follows the host's clock.
/// </summary>
public sealed class DemoUserApi(LiveHost host, string upn)
{
    public string Upn { get; } = upn;

    /// <summary><c>GET /demo/messages</c>: the user's recent messages, newest first, as the demo's message picker lists them.</summary>
    public Task<JsonElement> GetMessagesAsync(int top = 50) =>
        GetAsync($"/demo/messages?upn={Uri.EscapeDataString(Upn)}&top={top}", signedIn: false);

    /// <summary>The newest of the user's messages with this subject.</summary>
    public async Task<JsonElement> FindMessageAsync(string subject)
    {
        var messages = await GetMessagesAsync();
        return messages.EnumerateArray().First(m => m.GetProperty("subject").GetString() == subject);
    }

    public Task<JsonElement> GetMeAsync() => GetAsync("/api/me");

    public Task<JsonElement> GetHealthAsync() => GetAsync("/api/me/health");

    /// <summary><c>GET /api/suggestions?top=</c>: the <c>suggestions</c> array.</summary>
    public async Task<JsonElement> GetSuggestionsAsync(int top = 50) =>
        (await GetAsync($"/api/suggestions?top={top}")).GetProperty("suggestions");

    public async Task<IReadOnlyList<string>> GetSuggestionIdsAsync(int top = 50) =>
        (await GetSuggestionsAsync(top)).EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();

    /// <summary><c>GET /api/people?emails=</c>: one person.</summary>
    public async Task<JsonElement> GetPersonAsync(string address) =>
        (await GetAsync("/api/people?emails=" + Uri.EscapeDataString(address))).GetProperty("people")[0];

    /// <summary><c>GET /api/introductions?emails=</c>: the colleagues who can introduce the user to one address.</summary>
    public async Task<JsonElement> GetIntroductionAsync(string address) =>
        (await GetAsync("/api/introductions?emails=" + Uri.EscapeDataString(address))).GetProperty("introductions")[0];

    /// <summary><c>GET /api/me/introductions</c>: whether the user shares who they know.</summary>
    public async Task<bool> IsDiscoverableAsync() =>
        (await GetAsync("/api/me/introductions")).GetProperty("discoverable").GetBoolean();

    /// <summary><c>PUT /api/me/introductions</c>: opts the user in to (or out of) warm introductions.</summary>
    public async Task SetDiscoverableAsync(bool discoverable)
    {
        using var http = host.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/me/introductions", UriKind.Relative))
        {
            Content = JsonContent.Create(new { discoverable }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await GetTokenAsync(http));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> GetAsync(string pathAndQuery, bool signedIn = true)
    {
        using var http = host.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(pathAndQuery, UriKind.Relative));
        if (signedIn)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await GetTokenAsync(http));
        }

        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string> GetTokenAsync(HttpClient http)
    {
        var token = await http.GetFromJsonAsync<JsonElement>(new Uri("/demo/token?upn=" + Uri.EscapeDataString(Upn), UriKind.Relative));
        return token.GetProperty("accessToken").GetString()!;
    }
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OutlookNetworking.GraphSimulator.Tests.Support;

/// <summary>A plain HttpClient speaking to a started simulator, with a bearer token.</summary>
internal sealed class GraphHttp : IDisposable
{
    public GraphHttp(GraphSimulatorHost sim, string? token = "test-token")
    {
        Sim = sim;
        Client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        if (token is not null)
        {
            Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public GraphSimulatorHost Sim { get; }

    public HttpClient Client { get; }

    public string Url(string relative) => relative.StartsWith("http", StringComparison.Ordinal) ? relative : Sim.BaseUrl + relative;

    public async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string relative, params string[] prefer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(relative));
        foreach (var preference in prefer)
        {
            request.Headers.TryAddWithoutValidation("Prefer", preference);
        }

        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response, body);
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string relative, string json)
    {
        var response = await Client.PostAsync(Url(relative), new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response, body);
    }

    /// <summary>Follows next links to the delta link; returns every item and the delta link.</summary>
    public async Task<(List<JsonElement> Items, string DeltaLink, int Pages)> DeltaRoundAsync(string firstUrl, params string[] prefer)
    {
        var items = new List<JsonElement>();
        var url = firstUrl;
        for (var pages = 1; pages < 10_000; pages++)
        {
            var (response, body) = await GetAsync(url, prefer);
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} for {url}: {body}");
            items.AddRange(body.GetProperty("value").EnumerateArray());
            if (body.TryGetProperty("@odata.deltaLink", out var delta))
            {
                Assert.False(body.TryGetProperty("@odata.nextLink", out _));
                return (items, delta.GetString()!, pages);
            }

            url = body.GetProperty("@odata.nextLink").GetString()!;
        }

        throw new InvalidOperationException("The round did not end.");
    }

    public void Dispose() => Client.Dispose();
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>Small helpers to call the API and read its JSON as documents (the contract's shape, not the server's types).</summary>
public static class ApiJson
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, string? json = null,
        string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, contentType);
        }

        return await client.SendAsync(request);
    }

    public static async Task<HttpStatusCode> StatusOfAsync(this HttpClient client, HttpMethod method, string path, string? json = null)
    {
        using var response = await client.SendJsonAsync(method, path, json);
        return response.StatusCode;
    }

    /// <summary>The problem body of <paramref name="response"/>, after checking it is one.</summary>
    public static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    public static IReadOnlyList<string> Ids(JsonElement suggestions) =>
        suggestions.EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();

    public static string? Text(this JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetString();
}

using System.Net.Http.Headers;

namespace OutlookNetworking.Web.Tests.Infrastructure;

public static class HttpRequests
{
    /// <summary>Sends <paramref name="endpoint"/>'s request with <paramref name="token"/> as the bearer token, if any.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, ProtectedEndpoint endpoint, string? token)
    {
        using var request = new HttpRequestMessage(endpoint.Method, endpoint.Path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (endpoint.JsonBody is not null)
        {
            request.Content = new StringContent(endpoint.JsonBody, System.Text.Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> GetWithTokenAsync(HttpClient client, string path, string? token) =>
        await SendAsync(client, new ProtectedEndpoint(path, HttpMethod.Get, path, default, default), token);
}

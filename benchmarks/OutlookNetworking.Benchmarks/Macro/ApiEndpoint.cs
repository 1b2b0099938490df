using System.Net.Http.Headers;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>One endpoint the API stage loads: a GET of <paramref name="Path"/>, with a bearer token when given.</summary>
internal sealed record ApiEndpoint(string Name, string Path, string? Token)
{
    public HttpRequestMessage Request()
    {
        var message = new HttpRequestMessage(HttpMethod.Get, Path);
        if (Token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        return message;
    }
}

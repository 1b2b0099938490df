using System.Net;
using System.Text.Json;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Security;

/// <summary>Per-user rate limits on the API: 429 with Retry-After and a problem once a user's bucket is empty,
/// while another user of the same tenant is still served; request bodies over the limit get 413.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly AuthTestHost _host = new();

    public async Task InitializeAsync() => await _host.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ManyRequests_OneUser_ThrottledWithRetryAfterOtherUserServed()
    {
        using var client = _host.CreateClient();
        var ava = TestTokens.For(_host, TokenCase.Owner);
        HttpResponseMessage? throttled = null;
        var served = 0;
        for (var i = 0; i < 400 && throttled is null; i++)
        {
            var response = await HttpRequests.GetWithTokenAsync(client, "/api/auth/session", ava);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throttled = response;
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                served++;
                response.Dispose();
            }
        }

        Assert.NotNull(throttled);
        using (throttled)
        {
            Assert.True(served >= 100, $"only {served} requests were served before throttling");
            Assert.True(int.Parse(throttled.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
            Assert.Equal("application/problem+json", throttled.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await throttled.Content.ReadAsStringAsync());
            Assert.Equal("rate_limited", problem.RootElement.GetProperty("code").GetString());
        }

        using var ben = await HttpRequests.GetWithTokenAsync(client, "/api/auth/session", TestTokens.For(_host, TokenCase.OtherUserSameTenant));
        Assert.Equal(HttpStatusCode.OK, ben.StatusCode);
    }

    [Fact]
    public async Task LargeBody_SignedInUser_PayloadTooLarge()
    {
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/session")
        {
            Content = new StringContent(new string('x', 200 * 1024), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", TestTokens.For(_host, TokenCase.OtherTenant));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}

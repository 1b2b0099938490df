using System.Net;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Hosting;

/// <summary>
/// Behind a reverse proxy, <c>App:PublicBaseUrl</c> decides the absolute URLs Entra ID sees, whatever the request's
/// scheme and host; forwarded headers from a client that is not a listed proxy change nothing; the production host's
/// cookies are Secure.
/// </summary>
public sealed class PublicOriginTests
{
    [Fact]
    public async Task ConsentStart_PlainHttpRequestWithForgedForwardedHeaders_RedirectUriIsThePublicHttpsCallback()
    {
        var settings = ProductionConfiguration.Complete();
        settings["ForwardedHeaders:KnownProxies:0"] = "10.9.9.9"; // the test client is not it
        await using var host = new ProductionTestHost(environment: "Production", settings: settings);
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false,
        });
        var admin = await ConsentFlow.AdminCookieAsync(client, TestIds.HomeTenant); // consent starts after the admin's sign-in
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin/consent/start", UriKind.Relative));
        request.Headers.Add("Cookie", admin);
        request.Headers.Add("X-Forwarded-Proto", "http");
        request.Headers.Add("X-Forwarded-Host", "attacker.example");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = Uri.UnescapeDataString(response.Headers.Location!.OriginalString);
        Assert.Contains("redirect_uri=" + ProductionConfiguration.PublicBaseUrl + "/admin/consent/callback&", location, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", location, StringComparison.Ordinal);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }
}

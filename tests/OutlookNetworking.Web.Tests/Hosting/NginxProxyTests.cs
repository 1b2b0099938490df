using System.Net;
using OutlookNetworking.Web.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.ScaleOut;

namespace OutlookNetworking.Web.Tests.Hosting;

/// <summary>
/// The Linux recipe for real: the shipped <c>deploy/linux/nginx.conf</c> run by the Debian nginx, terminating TLS with a
/// self-signed certificate for <c>outlooknetworking.test</c> in front of the production host as a real process
/// (<c>ForwardedHeaders:KnownProxies:0=127.0.0.1</c>). Through the proxy HSTS is sent and plain http is sent to https
/// (the consent redirect and Secure cookies behind the proxy: <see cref="NginxConsentTests"/>); a client reaching the host directly from 127.0.0.2 cannot forge the
/// scheme or its address. Without nginx installed these tests fail (./test.sh installs it); they are not skipped.
/// </summary>
public sealed class NginxProxyTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly IPAddress OtherLoopback = IPAddress.Parse("127.0.0.2");

    [Fact]
    public async Task ThroughNginx_HstsSent_PlainHttpSentToHttpsOnThePublicName()
    {
        using var nginx = new NginxProxy();
        using var host = ProductProcess.Start("web", Settings(nginx.PublicOrigin));
        await WaitForLiveAsync(host);
        await nginx.StartAsync(host.Port);
        using var client = new HttpClient(NginxProxy.ClientHandler(IPAddress.Loopback, nginx.Certificate));

        using var response = await client.GetAsync(new Uri(nginx.PublicOrigin + "/api/config"));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}\n{host.Output}\n{nginx.ErrorLog}");
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);

        // The plain-http server block sends browsers to https on the public host name.
        using var plain = await client.GetAsync(new Uri($"http://{NginxProxy.HostName}:{nginx.HttpPort}/admin/consent"));
        Assert.Equal(HttpStatusCode.MovedPermanently, plain.StatusCode);
        Assert.Equal($"https://{NginxProxy.HostName}/admin/consent", plain.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task DirectFromAnotherLoopbackAddress_ForgedForwardedHeaders_ChangeNeitherSchemeNorClientAddress()
    {
        var settings = Settings($"https://{NginxProxy.HostName}");
        settings["RateLimits__BurstPerAnonymousClient"] = "1";
        settings["RateLimits__PerSecondPerAnonymousClient"] = "1";
        using var host = ProductProcess.Start("web", settings);
        await WaitForLiveAsync(host);
        var origin = $"http://{NginxProxy.HostName}:{host.Port}";
        using var proxy = new HttpClient(NginxProxy.ClientHandler(IPAddress.Loopback, trusted: null));
        using var stranger = new HttpClient(NginxProxy.ClientHandler(OtherLoopback, trusted: null));

        // The scheme: HSTS goes only with https requests. The listed proxy (127.0.0.1) may say https; 127.0.0.2 may not.
        Assert.True(await HstsAsync(proxy, origin, "203.0.113.9"), host.Output);
        Assert.False(await HstsAsync(stranger, origin, "203.0.113.9"), host.Output);

        // The address: anonymous callers are rate limited per address (burst 1). The proxy's X-Forwarded-For names a new
        // client each time, so none is refused; 127.0.0.2's forged ones are ignored, so it shares one bucket and is refused.
        var viaProxy = await StatusesAsync(proxy, origin, "198.51.100.");
        var forged = await StatusesAsync(stranger, origin, "203.0.113.");
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, viaProxy);
        Assert.Contains(HttpStatusCode.TooManyRequests, forged);
    }

    private static Dictionary<string, string> Settings(string publicOrigin) => new(ProductionConfiguration.Complete().AsEnvironment())
    {
        ["App__DataDirectory"] = Directory.CreateTempSubdirectory("on-nginx-host-").FullName,
        ["App__PublicBaseUrl"] = publicOrigin,
        ["AllowedHosts"] = NginxProxy.HostName + ";127.0.0.1", // 127.0.0.1: the readiness wait asks it directly
        ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
    };

    private static async Task<bool> HstsAsync(HttpClient client, string origin, string forgedFor)
    {
        using var request = Forged(origin + "/healthz", forgedFor);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.Contains("Strict-Transport-Security");
    }

    /// <summary>Ten anonymous requests, each claiming (X-Forwarded-For) to come from a different address.</summary>
    private static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient client, string origin, string forgedNetwork)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 10; i++)
        {
            using var request = Forged(origin + "/api/config", forgedNetwork + i);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private static HttpRequestMessage Forged(string url, string forgedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", forgedFor);
        return request;
    }

    private static async Task WaitForLiveAsync(ProductProcess host)
    {
        using var http = new HttpClient();
        await Nights.WaitUntilAsync(async () =>
        {
            if (host.HasExited)
            {
                return true;
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{host.Port}/healthz"));
                return response.StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, StartTimeout, () => "no answer on /healthz:\n" + host.Output);
        Assert.False(host.HasExited, "the host exited:\n" + host.Output);
    }
}

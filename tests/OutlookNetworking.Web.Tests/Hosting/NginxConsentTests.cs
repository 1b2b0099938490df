using System.Net;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.Web.Hosting;
using OutlookNetworking.Web.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.Jobs;
using OutlookNetworking.Web.Tests.ScaleOut;

namespace OutlookNetworking.Web.Tests.Hosting;

/// <summary>
/// The consent start behind the shipped nginx recipe (<see cref="NginxProxy"/>): the whole production app, configured
/// with production keys, listens on loopback behind nginx terminating TLS for <c>outlooknetworking.test</c>. An admin
/// signed in through the proxy (the test-only sign-in stands in for Entra ID's) is sent to Entra ID with the public https
/// callback as <c>redirect_uri</c>, every cookie is Secure and HSTS is sent.
/// </summary>
[Collection(HangfireHosts.Name)]
public sealed class NginxConsentTests
{
    [Fact]
    public async Task ThroughNginx_SignedInAdminStartsConsent_RedirectUriIsThePublicHttpsCallback_CookiesSecure_HstsSent()
    {
        await using var simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = JobTenants.ThreeZones });
        using var nginx = new NginxProxy();
        await using var store = await ScaleOutStore.CreateAsync(StorageProvider.Sqlite);
        var settings = ProductionConfiguration.Complete().ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
        settings["App:PublicBaseUrl"] = nginx.PublicOrigin;
        settings["AllowedHosts"] = NginxProxy.HostName;
        settings["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1";
        await using var host = await ProductHost.StartAsync("nginx-consent", HostRole.All, store, simulator.BaseUrl,
            simulator.Snapshot.Now!.Value, workers: 1, settings: settings, wholeApp: true);
        await nginx.StartAsync(host.HttpPort);
        var cookies = new CookieContainer();
        using var browser = new HttpClient(NginxProxy.ClientHandler(IPAddress.Loopback, nginx.Certificate, cookies))
        {
            BaseAddress = new Uri(nginx.PublicOrigin),
        };

        using (var signIn = await browser.GetAsync(new Uri(TestAdminSignIn.Path + "?tid=" + Guid.NewGuid().ToString("D")
            + "&wids=" + OutlookNetworking.Web.Features.Admin.EntraDirectoryRoles.GlobalAdministrator, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
            // This test-only sign-in runs ahead of the app's pipeline (a startup filter), so its own cookie is not judged here.
        }

        using var response = await browser.GetAsync(new Uri("/admin/consent/start", UriKind.Relative));

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}\n{await response.Content.ReadAsStringAsync()}\n{nginx.ErrorLog}");
        var location = Uri.UnescapeDataString(response.Headers.Location!.OriginalString);
        Assert.Contains($"redirect_uri=https://{NginxProxy.HostName}:{nginx.HttpsPort}/admin/consent/callback&", location, StringComparison.Ordinal);
        var setCookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(setCookies);
        Assert.All(setCookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }
}

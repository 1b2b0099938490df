using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.Web.Features.Digest;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Hosting;
using OutlookNetworking.Web.Tests.Digest;
using OutlookNetworking.Web.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.Jobs;
using OutlookNetworking.Web.Tests.ScaleOut;

namespace OutlookNetworking.Web.Tests.Hosting;

/// <summary>
/// Digest links behind the shipped nginx recipe (<see cref="NginxProxy"/>): the whole production app (its start-up
/// checks, middleware and endpoints, configured with production keys; Graph is the simulator and app tokens a fake, as
/// Entra ID cannot exist here) listens on loopback behind nginx terminating TLS for <c>outlooknetworking.test</c>. A
/// night and a digest later, every link in the mail the simulator received is on the public https origin, and one
/// followed through the proxy opens its confirmation page and does what it says.
/// </summary>
[Collection(HangfireHosts.Name)]
public sealed class NginxDigestLinkTests
{
    private static readonly TimeSpan NightTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task DigestSentBehindNginx_LinksUseThePublicHttpsOrigin_DoneLinkFollowedThroughTheProxyWorks()
    {
        await using var simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = JobTenants.ThreeZones });
        var now = simulator.Snapshot.Now!.Value;
        var sender = simulator.Snapshot.Users.FirstOrDefault(u => u.UserPurpose == "shared") ?? simulator.Snapshot.Users[0];
        using var nginx = new NginxProxy();
        await using var store = await ScaleOutStore.CreateAsync(StorageProvider.Sqlite);
        var settings = ProductionConfiguration.Complete().ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
        settings["App:PublicBaseUrl"] = nginx.PublicOrigin;
        settings["AllowedHosts"] = NginxProxy.HostName;
        settings["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1";
        settings["Digest:SenderMailbox"] = sender.Mail ?? sender.UserPrincipalName;
        await using var host = await ProductHost.StartAsync("nginx-digest", HostRole.All, store, simulator.BaseUrl, now,
            workers: 2, settings: settings, wholeApp: true);
        await nginx.StartAsync(host.HttpPort);

        var tenantId = await Nights.ConsentAsync(host, simulator.Snapshot);
        var mailboxes = await Nights.ReadDirectoryAsync(host, tenantId);
        Nights.Enqueue(host, tenantId);
        await Nights.WaitForQuietAsync(host.Jobs, 1 + mailboxes.Count, NightTimeout);
        var (reader, date) = await SomeoneWithADigestAsync(host, tenantId, now);
        await using (var scope = host.Get<IServiceScopeFactory>().CreateAsyncScope())
        {
            var sent = await scope.ServiceProvider.GetRequiredService<DigestJob>()
                .RunAsync(tenantId, reader.UserId, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
            Assert.Equal(DigestDeliveryResult.Sent, sent);
        }

        var mail = simulator.Control.Outbox.Last(m => m.To.Any(t => t.Address == reader.Mail));
        var html = mail.HtmlBody ?? mail.Body!;
        var links = DigestPages.Parse(html).QuerySelectorAll("a[data-action]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(links, l => l.Contains("/digest/links/done?t=", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Contains("/digest/links/snooze?t=", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Contains("/digest/links/dismiss?t=", StringComparison.Ordinal));
        Assert.All(links.Where(l => l.Contains("/digest/", StringComparison.Ordinal)),
            l => Assert.StartsWith($"https://{NginxProxy.HostName}:{nginx.HttpsPort}/digest/links/", l, StringComparison.Ordinal));
        Assert.DoesNotContain("127.0.0.1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", html, StringComparison.Ordinal);

        // Followed through the proxy as a browser would: the confirmation page, then its button.
        var cookies = new CookieContainer();
        using var browser = new HttpClient(NginxProxy.ClientHandler(IPAddress.Loopback, nginx.Certificate, cookies));
        var done = links.First(l => l.Contains("/digest/links/done?t=", StringComparison.Ordinal));
        using var page = await browser.GetAsync(new Uri(done));
        var pageHtml = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode}\n{pageHtml}\n{nginx.ErrorLog}");
        Assert.Equal("confirm", DigestPages.State(pageHtml));
        Assert.All(page.Headers.GetValues("Set-Cookie"), c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        var action = DigestPages.Parse(pageHtml).QuerySelector("form")!.GetAttribute("action")!;
        using var confirmed = await browser.PostAsync(new Uri(new Uri(nginx.PublicOrigin), action), DigestPages.FormOf(pageHtml));
        var confirmedHtml = await confirmed.Content.ReadAsStringAsync();
        Assert.True(confirmed.StatusCode == HttpStatusCode.OK, $"{confirmed.StatusCode}\n{confirmedHtml}");
        Assert.Equal("done", DigestPages.State(confirmedHtml));
    }

    /// <summary>A mailbox whose digest for the day after the snapshot's <c>now</c> has suggestions (so it is sent).</summary>
    private static async Task<(MailboxEntity Reader, DateOnly Date)> SomeoneWithADigestAsync(ProductHost host, Guid tenantId, DateTimeOffset now)
    {
        var date = DateOnly.FromDateTime(now.UtcDateTime).AddDays(1);
        await using var scope = host.Get<IServiceScopeFactory>().CreateAsyncScope();
        var composer = scope.ServiceProvider.GetRequiredService<DigestComposer>();
        foreach (var person in (await host.Get<MailboxStore>().ListSyncableAsync(tenantId, CancellationToken.None)).Where(DigestDelivery.IsEligible))
        {
            var composed = await composer.ComposeAsync(person, date, now, "https://x.test", CancellationToken.None);
            if (composed.Model is not null)
            {
                return (person, date);
            }
        }

        Assert.Fail("nobody's digest has a suggestion");
        throw new InvalidOperationException();
    }
}

using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Digest;

namespace OutlookNetworking.Web.Tests.Digest;

/// <summary>
/// Warm introductions in the digest: under a fading tie of the user that an opted-in colleague knows well, "Carla Diaz
/// knows Maria Lopez well", from <see cref="IDigestIntroductions"/> (the introductions index; here a fake that knows
/// Maria), on the demo host over contoso-stories (Maria Lopez: Ava's monthly mentor, silent since January).
/// </summary>
public sealed class DigestIntroductionLineTests : IAsyncLifetime
{
    private const string AvaMail = "ava.patel@contoso.example";
    private const string Maria = "maria.lopez@fabrikam.example";

    private readonly DigestTestHost _base = new();
    private readonly KnowsMaria _introductions = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<OutlookNetworking.Demo.DemoProgram> _host = null!;

    public async Task InitializeAsync()
    {
        _host = _base.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IDigestIntroductions>(_introductions)));
        using var client = _host.CreateClient();
        using var night = await client.PostAsync(new Uri("/demo/night?timeoutSeconds=300", UriKind.Relative), null);
        night.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Digest_FadingTieAColleagueKnowsWell_CarriesTheIntroductionLineInHtmlAndText()
    {
        using var client = _host.CreateClient();

        var html = await client.GetStringAsync(new Uri("/digest/preview?upn=" + AvaMail, UriKind.Relative));
        var text = await client.GetStringAsync(new Uri("/digest/preview?format=text&upn=" + AvaMail, UriKind.Relative));

        var rows = DigestPages.Parse(html).QuerySelectorAll("tr[data-testid=suggestion]");
        var maria = rows.Single(r => r.QuerySelector("div.on-text")!.TextContent == "Maria Lopez");
        Assert.Contains(maria.GetAttribute("data-kind"), new[] { "fadingTie", "dormantTie" });
        Assert.Equal("Carla Diaz knows Maria Lopez well", maria.QuerySelector("[data-testid=introduction]")?.TextContent);
        Assert.Single(DigestPages.Parse(html).QuerySelectorAll("[data-testid=introduction]"));
        Assert.Empty(EmailSafetyCheck.Violations(html));
        Assert.Contains("   Carla Diaz knows Maria Lopez well" + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_AsksOnlyAboutFadingAndDormantTies_OfTheRecipient()
    {
        using var client = _host.CreateClient();

        var html = await client.GetStringAsync(new Uri("/digest/preview?upn=" + AvaMail, UriKind.Relative));

        var rows = DigestPages.Parse(html).QuerySelectorAll("tr[data-testid=suggestion]");
        Assert.Contains(rows, r => r.GetAttribute("data-kind") is "owedReply" or "awaitingReply" or "meetingPrep");
        var asked = _introductions.Asked.Where(a => a.Asker.UserId == DigestTestHost.Ava).SelectMany(a => a.Addresses).ToHashSet();
        Assert.Contains(Maria, asked);
        // A reply owed or a meeting to prepare is about a live thread: nobody is asked about it.
        Assert.DoesNotContain("ben.okafor@contoso.example", asked); // Ben: a reply owed to him (not fading for Ava)
        Assert.DoesNotContain("chen.wei@northwind.example", asked); // Chen: awaiting his reply
        Assert.All(_introductions.Asked, a => Assert.Equal(DigestTestHost.Tenant, a.Asker.TenantId));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _base.DisposeAsync();
    }

    private sealed class KnowsMaria : IDigestIntroductions
    {
        public ConcurrentBag<(MailboxKey Asker, string[] Addresses)> Asked { get; } = [];

        public Task<IReadOnlyDictionary<string, string>> WhoKnowsWellAsync(MailboxKey asker, IReadOnlyCollection<string> addresses,
            CancellationToken cancellationToken)
        {
            Asked.Add((asker, addresses.ToArray()));
            IReadOnlyDictionary<string, string> known = addresses.Where(a => a == Maria).ToDictionary(a => a, _ => "Carla Diaz");
            return Task.FromResult(known);
        }
    }
}

using System.Net;
using System.Text.RegularExpressions;
using OutlookNetworking.Web.Features.Consent.Storage;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Consent;

public sealed partial class DemoConsentFlowTests : IAsyncLifetime
{
    private readonly AuthTestHost _host = new();

    public async Task InitializeAsync() => await _host.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Start_DemoMode_RedirectsToLocalStandInNotEntraId()
    {
        using var browser = _host.CreateBrowser();
        await Security.AdminBrowser.SignInAsync(browser, TestIds.HomeTenant);

        var location = await ConsentFlow.StartAsync(browser);

        Assert.Equal("http://localhost/demo/adminconsent", location.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task StandIn_Accept_CompletesConsentForTheDemoTenant()
    {
        using var browser = _host.CreateBrowser();
        await Security.AdminBrowser.SignInAsync(browser, TestIds.HomeTenant);
        var prompt = await browser.GetStringAsync(await ConsentFlow.StartAsync(browser));

        using var callback = await browser.GetAsync(new Uri(Link(prompt, "Accept"), UriKind.Absolute));
        var page = await callback.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, callback.StatusCode);
        Assert.Contains("already recorded", page, StringComparison.Ordinal);
        Assert.Equal([TestIds.HomeTenant], _host.AppTokens.Requests);
        Assert.Equal(ConsentOutcome.Regranted, Assert.Single(_host.Audit.Entries).Outcome);
    }

    [Fact]
    public async Task StandIn_Cancel_FailsLikeEntraIdAccessDenied()
    {
        using var browser = _host.CreateBrowser();
        await Security.AdminBrowser.SignInAsync(browser, TestIds.HomeTenant);
        var prompt = await browser.GetStringAsync(await ConsentFlow.StartAsync(browser));

        using var callback = await browser.GetAsync(new Uri(Link(prompt, "Cancel"), UriKind.Absolute));

        Assert.Equal(HttpStatusCode.BadRequest, callback.StatusCode);
        var entry = Assert.Single(_host.Audit.Entries);
        Assert.Equal((ConsentOutcome.Failed, "access_denied"), (entry.Outcome, entry.Error));
    }

    [Fact]
    public async Task Start_DemoModeNotSignedIn_SentToTheStandInAdminSignInFirst()
    {
        using var browser = _host.CreateBrowser();

        var location = await ConsentFlow.StartAsync(browser);

        Assert.Contains("/demo/admin/signin?ReturnUrl=%2Fadmin%2Fconsent%2Fstart", location.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StandIn_ForeignRedirectUri_Refused()
    {
        using var browser = _host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri(
            "/demo/adminconsent?state=abc&redirect_uri=https%3A%2F%2Fevil.example%2Fcallback", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string Link(string html, string text)
    {
        var match = Anchor().Matches(html).Single(m => m.Groups["text"].Value == text);
        return System.Net.WebUtility.HtmlDecode(match.Groups["href"].Value);
    }

    [GeneratedRegex("<a [^>]*href=\"(?<href>[^\"]+)\"[^>]*>(?<text>[^<]+)</a>")]
    private static partial Regex Anchor();
}

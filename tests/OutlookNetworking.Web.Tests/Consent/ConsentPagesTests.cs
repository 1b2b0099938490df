using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Consent;

public sealed class ConsentPagesTests : IAsyncLifetime
{
    private static readonly Guid Fabrikam = Guid.Parse("55555555-eeee-4eee-8eee-555555555555");
    private readonly ProductionTestHost _host = new();

    public async Task InitializeAsync() => await _host.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ConsentPage_Get_ExplainsEachPermissionAndLinksToStart()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);

        using var response = await browser.GetAsync(new Uri("/admin/consent", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        foreach (var permission in new[] { "Mail.ReadBasic.All", "Calendars.ReadBasic.All", "User.Read.All", "MailboxSettings.Read", "GroupMember.Read.All", "Mail.Send" })
        {
            Assert.Contains($"<code>{permission}</code>", page, StringComparison.Ordinal);
        }

        Assert.Contains("RBAC for Applications", page, StringComparison.Ordinal);
        Assert.Contains("Warm introductions are off until you turn them on", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/consent/start\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Start_Get_RedirectsToOrganizationsAdminConsentWithBoundState()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);

        using var response = await browser.GetAsync(new Uri("/admin/consent/start", UriKind.Relative));
        var location = response.Headers.Location!;
        var query = QueryHelpers.ParseQuery(location.Query);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("on_consent_binding=", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("https://login.microsoftonline.com/organizations/v2.0/adminconsent", location.GetLeftPart(UriPartial.Path));
        Assert.Equal(TestIds.ClientId, query["client_id"].ToString());
        Assert.Equal("https://graph.microsoft.com/.default", query["scope"].ToString());
        Assert.Equal("http://localhost/admin/consent/callback", query["redirect_uri"].ToString());
        Assert.Equal(43, query["state"].ToString().Length);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/admin/consent", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Start_TwiceInOneBrowser_IssuesDifferentStates()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);

        var first = await ConsentFlow.StartAndGetStateAsync(browser);
        var second = await ConsentFlow.StartAndGetStateAsync(browser);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task TenantStatus_BrowserThatConsented_ShowsConsentTimeAndSync()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);
        using var consent = await ConsentFlow.CallbackSuccessAsync(browser, await ConsentFlow.StartAndGetStateAsync(browser), Fabrikam);

        using var response = await browser.GetAsync(new Uri($"/admin/tenants/{Fabrikam:D}", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Granted 2025-06-30 18:00 UTC", page, StringComparison.Ordinal);
        Assert.Contains("Not yet", page, StringComparison.Ordinal);
        Assert.Contains(Fabrikam.ToString("D"), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenantStatus_AnotherBrowser_404()
    {
        using var admin = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(admin, Fabrikam);
        using var consent = await ConsentFlow.CallbackSuccessAsync(admin, await ConsentFlow.StartAndGetStateAsync(admin), Fabrikam);
        using var stranger = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(stranger, Fabrikam);

        using var response = await stranger.GetAsync(new Uri($"/admin/tenants/{Fabrikam:D}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TenantStatus_BrowserThatConsentedForAnotherTenant_404()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);
        using var consent = await ConsentFlow.CallbackSuccessAsync(browser, await ConsentFlow.StartAndGetStateAsync(browser), Fabrikam);

        using var response = await browser.GetAsync(new Uri($"/admin/tenants/{TestIds.OtherConsentedTenant:D}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TenantStatus_AccessOlderThanItsLifetime_404()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);
        using var consent = await ConsentFlow.CallbackSuccessAsync(browser, await ConsentFlow.StartAndGetStateAsync(browser), Fabrikam);
        _host.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));

        using var response = await browser.GetAsync(new Uri($"/admin/tenants/{Fabrikam:D}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Stylesheet_Get_ServedAsCss()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);

        using var response = await browser.GetAsync(new Uri("/admin/assets/admin.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }
}

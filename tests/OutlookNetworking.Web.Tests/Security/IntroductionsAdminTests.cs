using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Audit;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Security;

/// <summary>The organisation's switch for warm introductions on /admin/manage: off by default and explained, turned on
/// by the tenant's own admin with the page's form (antiforgery-checked), audited, never for another tenant.</summary>
public sealed class IntroductionsAdminTests : IAsyncLifetime
{
    private readonly AuthTestHost _host = new();

    private IntroductionStore Store => _host.Services.GetRequiredService<IntroductionStore>();

    public async Task InitializeAsync()
    {
        await _host.StartAsync();
        await AdminBrowser.RecordTenantAsync(_host, TestIds.HomeTenant);
        await AdminBrowser.RecordTenantAsync(_host, TestIds.OtherConsentedTenant, "Fabrikam");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ManagePage_Default_ExplainsIntroductionsOffAndOffersToTurnThemOn()
    {
        using var browser = _host.CreateBrowser();
        await AdminBrowser.SignInAsync(browser, TestIds.HomeTenant);

        var page = await browser.GetStringAsync("/admin/manage");

        Assert.Contains("Warm introductions are <strong>off</strong>", page, StringComparison.Ordinal);
        Assert.Contains("only people who opted in", page, StringComparison.Ordinal);
        Assert.Contains($"action=\"/admin/manage/tenants/{TestIds.HomeTenant}/introductions\"", page, StringComparison.Ordinal);
        Assert.False(await Store.IsEnabledAsync(TestIds.HomeTenant, CancellationToken.None));
    }

    [Fact]
    public async Task TurnOn_AdminWithFormToken_OnAndAuditedOtherTenantUntouched()
    {
        using var browser = _host.CreateBrowser();
        await AdminBrowser.SignInAsync(browser, TestIds.HomeTenant);
        var token = await AdminBrowser.FormTokenAsync(browser, "/admin/manage");

        using var response = await browser.PostAsync($"/admin/manage/tenants/{TestIds.HomeTenant}/introductions", Form(token, "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await Store.IsEnabledAsync(TestIds.HomeTenant, CancellationToken.None));
        Assert.False(await Store.IsEnabledAsync(TestIds.OtherConsentedTenant, CancellationToken.None));
        var audit = await _host.Services.GetRequiredService<AuditLog>().ListAsync(TestIds.HomeTenant, 10, CancellationToken.None);
        Assert.Contains(audit, a => a.Action == "introductions.enabled" && a.Actor == "demo-admin");
        Assert.Contains("Warm introductions are <strong>on</strong>", await browser.GetStringAsync("/admin/manage"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TurnOn_WithoutFormToken_RefusedAndStillOff()
    {
        using var browser = _host.CreateBrowser();
        await AdminBrowser.SignInAsync(browser, TestIds.HomeTenant);

        using var response = await browser.PostAsync($"/admin/manage/tenants/{TestIds.HomeTenant}/introductions",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Enabled"] = "true" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await Store.IsEnabledAsync(TestIds.HomeTenant, CancellationToken.None));
    }

    [Fact]
    public async Task TurnOn_AnotherTenant_ForbiddenAndStillOff()
    {
        using var browser = _host.CreateBrowser();
        await AdminBrowser.SignInAsync(browser, TestIds.HomeTenant);
        var token = await AdminBrowser.FormTokenAsync(browser, "/admin/manage");

        using var response = await browser.PostAsync($"/admin/manage/tenants/{TestIds.OtherConsentedTenant}/introductions", Form(token, "true"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await Store.IsEnabledAsync(TestIds.OtherConsentedTenant, CancellationToken.None));
    }

    private static FormUrlEncodedContent Form(string token, string enabled) =>
        new(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Enabled"] = enabled });
}

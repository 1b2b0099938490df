using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Security;

/// <summary>The Hangfire dashboard and admin pages: unreachable without an admin sign-in, and their forms CSRF-proof.</summary>
public sealed class AdminAccessTests : IAsyncLifetime
{
    private readonly AuthTestHost _host = new();

    public async Task InitializeAsync()
    {
        await _host.StartAsync();
        await AdminBrowser.RecordTenantAsync(_host, TestIds.HomeTenant);
        await AdminBrowser.RecordTenantAsync(_host, TestIds.OtherConsentedTenant, "Fabrikam");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/hangfire")]
    [InlineData("/hangfire/jobs/enqueued")]
    [InlineData("/admin/manage")]
    public async Task AdminPage_Anonymous_RedirectedToSignIn(string path)
    {
        using var browser = _host.CreateBrowser();

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/demo/admin/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/hangfire")]
    [InlineData("/admin/manage")]
    public async Task AdminPage_ApiBearerTokenOfAUser_NotLetIn(string path)
    {
        using var client = _host.CreateBrowser();

        using var response = await HttpRequests.GetWithTokenAsync(client, path, TestTokens.For(_host, TokenCase.Owner));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Hangfire", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPages_SignedInDemoAdmin_Reachable()
    {
        using var browser = _host.CreateBrowser();
        await AdminBrowser.SignInAsync(browser, TestIds.HomeTenant);

        using var manage = await browser.GetAsync("/admin/manage");
        using var dashboard = await browser.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, manage.StatusCode);
        Assert.Contains(TestIds.HomeTenant.ToString(), await manage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task Offboard_WithoutAntiforgeryToken_RefusedAndNothingDeleted()
    {
        using var browser = _host.CreateBrowser();
        await AdminBrowser.SignInAsync(browser, TestIds.HomeTenant);

        using var response = await browser.PostAsync($"/admin/manage/tenants/{TestIds.HomeTenant}/offboard",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Confirm"] = TestIds.HomeTenant.ToString() }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await _host.Services.GetRequiredService<Data.Tenants.TenantStore>().FindAsync(TestIds.HomeTenant, CancellationToken.None));
    }

    [Fact]
    public async Task Offboard_AnotherTenant_ForbiddenAndNothingDeleted()
    {
        using var browser = _host.CreateBrowser();
        await AdminBrowser.SignInAsync(browser, TestIds.HomeTenant);
        var token = await AdminBrowser.FormTokenAsync(browser, "/admin/manage");

        using var response = await browser.PostAsync($"/admin/manage/tenants/{TestIds.OtherConsentedTenant}/offboard",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Confirm"] = TestIds.OtherConsentedTenant.ToString(),
            }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotNull(await _host.Services.GetRequiredService<Data.Tenants.TenantStore>().FindAsync(TestIds.OtherConsentedTenant, CancellationToken.None));
    }

    [Fact]
    public async Task DemoAdminSignIn_WithoutAntiforgeryToken_Refused()
    {
        using var browser = _host.CreateBrowser();

        using var response = await browser.PostAsync("/demo/admin/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["TenantId"] = TestIds.HomeTenant.ToString(),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("on-admin", StringComparison.Ordinal)));
    }
}

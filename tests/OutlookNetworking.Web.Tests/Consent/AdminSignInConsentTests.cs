using System.Net;
using OutlookNetworking.Web.Features.Admin;
using OutlookNetworking.Web.Features.Consent.Storage;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Consent;

/// <summary>Security review finding 1 (the consenting admin signs in first): the callback enrols a tenant only for an
/// admin signed in with that tenant's <c>tid</c> and a directory role (<c>wids</c>) that may consent.</summary>
public sealed class AdminSignInConsentTests : IAsyncLifetime
{
    private static readonly Guid Victim = Guid.Parse("12121212-3434-4545-8656-787878787878");
    private readonly AuthTestHost _host = new();

    public async Task InitializeAsync() => await _host.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Callback_AdminOfAnotherTenantNamesTheVictim_RefusedBeforeAnyTokenRequestNothingEnrolled()
    {
        using var attacker = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(attacker, TestIds.OtherConsentedTenant); // a Global Administrator, of his own tenant

        using var response = await ConsentFlow.CallbackSuccessAsync(attacker, await ConsentFlow.StartAndGetStateAsync(attacker), Victim);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not the one of the administrator signed in", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_host.AppTokens.Requests);
        Assert.Null(await _host.Tenants.FindAsync(Victim, CancellationToken.None));
        Assert.Empty(_host.FirstSyncs.Enqueued);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.Contains("status", StringComparison.OrdinalIgnoreCase)));
        var entry = Assert.Single(_host.Audit.Entries);
        Assert.Equal((ConsentOutcome.AdminNotQualified, (Guid?)Victim, "admin_tenant_mismatch"), (entry.Outcome, entry.TenantId, entry.Error));
    }

    [Fact]
    public async Task Callback_AdminOfTheTenantWithoutAConsentingRole_Refused()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInWithRolesAsync(browser, Victim, ["fe930be7-5e62-47db-91af-98c3a49a38b1"]); // User Administrator

        using var response = await ConsentFlow.CallbackSuccessAsync(browser, await ConsentFlow.StartAndGetStateAsync(browser), Victim);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_host.AppTokens.Requests);
        Assert.Null(await _host.Tenants.FindAsync(Victim, CancellationToken.None));
        Assert.Equal("admin_role_missing", Assert.Single(_host.Audit.Entries).Error);
    }

    [Theory]
    [InlineData(EntraDirectoryRoles.GlobalAdministrator)]
    [InlineData(EntraDirectoryRoles.PrivilegedRoleAdministrator)]
    [InlineData(EntraDirectoryRoles.CloudApplicationAdministrator)]
    public async Task Callback_AdminOfTheTenantWithAConsentingRole_Enrolled(string role)
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInWithRolesAsync(browser, Victim, [role]);

        using var response = await ConsentFlow.CallbackSuccessAsync(browser, await ConsentFlow.StartAndGetStateAsync(browser), Victim);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Victim], _host.FirstSyncs.Enqueued);
    }

    [Fact]
    public async Task Start_NotSignedIn_NoStateIssuedSentToSignIn()
    {
        using var browser = _host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/admin/consent/start", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("state=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/demo/admin/signin", response.Headers.Location.OriginalString, StringComparison.Ordinal);
    }
}

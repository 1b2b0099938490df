using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Audit;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Consent.Storage;
using OutlookNetworking.Web.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.Security;

namespace OutlookNetworking.Web.Tests.Lifecycle;

/// <summary>Security review finding 1 (offboarding tombstone): an offboarded tenant is not enrolled again by a replayed
/// consent until a Global Administrator, Privileged Role Administrator or Cloud Application Administrator of it clears
/// the tombstone on the admin page (antiforgery-checked); an admin without such a role cannot.</summary>
public sealed class TenantTombstoneTests : IAsyncLifetime
{
    private static readonly Guid Tailspin = Guid.Parse("88888888-cccc-4ccc-8ccc-888888888888");
    private readonly AuthTestHost _host = new();

    public async Task InitializeAsync() => await _host.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Offboarded_ValidConsentRefusedUntilAQualifyingAdminClears_NonQualifyingAdminCannot()
    {
        await AdminBrowser.RecordTenantAsync(_host, Tailspin, "Tailspin");
        using var admin = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(admin, Tailspin);
        using (var offboard = await PostFormAsync(admin, "/admin/manage", $"/admin/manage/tenants/{Tailspin}/offboard", Tailspin))
        {
            Assert.Equal(HttpStatusCode.OK, offboard.StatusCode);
        }

        using var replay = await ConsentFlow.CallbackSuccessAsync(admin, await ConsentFlow.StartAndGetStateAsync(admin), Tailspin);

        Assert.Equal(HttpStatusCode.Forbidden, replay.StatusCode);
        Assert.Contains("was offboarded", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await _host.Tenants.FindAsync(Tailspin, CancellationToken.None));
        Assert.Empty(_host.FirstSyncs.Enqueued);
        Assert.Empty(_host.AppTokens.Requests);
        var refused = Assert.Single(_host.Audit.Entries);
        Assert.Equal((ConsentOutcome.TenantOffboarded, "tenant_tombstoned"), (refused.Outcome, refused.Error));

        using var helpdesk = _host.CreateBrowser(); // an admin of the tenant with the app role but no directory role that may consent
        await ConsentFlow.SignInWithRolesAsync(helpdesk, Tailspin, ["729827e3-9c14-49f7-bb1b-9608f156bbb8"]);
        using (var denied = await PostFormAsync(helpdesk, "/admin/consent/offboarded", "/admin/consent/offboarded/clear", Tailspin))
        {
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }

        var tombstones = _host.Services.GetRequiredService<TenantTombstoneStore>();
        Assert.NotNull(await tombstones.FindAsync(Tailspin, CancellationToken.None));

        using (var cleared = await PostFormAsync(admin, "/admin/consent/offboarded", "/admin/consent/offboarded/clear", Tailspin))
        {
            Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        }

        using var consent = await ConsentFlow.CallbackSuccessAsync(admin, await ConsentFlow.StartAndGetStateAsync(admin), Tailspin);

        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        Assert.Null(await tombstones.FindAsync(Tailspin, CancellationToken.None));
        Assert.Equal([Tailspin], _host.FirstSyncs.Enqueued);
        var audit = await _host.Services.GetRequiredService<AuditLog>().ListAsync(Tailspin, 10, CancellationToken.None);
        Assert.Contains(audit, a => a.Action == "tenant.tombstone_cleared" && a.Actor == "test-admin-" + Tailspin.ToString("D"));
    }

    [Fact]
    public async Task ClearTombstone_WithoutAntiforgeryToken_RefusedAndKept()
    {
        await _host.Services.GetRequiredService<TenantTombstoneStore>().AddAsync(Tailspin, _host.Clock.GetUtcNow(), CancellationToken.None);
        using var admin = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(admin, Tailspin);

        using var response = await admin.PostAsync("/admin/consent/offboarded/clear",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Confirm"] = Tailspin.ToString() }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await _host.Services.GetRequiredService<TenantTombstoneStore>().FindAsync(Tailspin, CancellationToken.None));
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string formPage, string action, Guid confirm)
    {
        var token = await AdminBrowser.FormTokenAsync(browser, formPage);
        return await browser.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Confirm"] = confirm.ToString(),
        }));
    }
}

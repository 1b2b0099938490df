using System.Net;
using OutlookNetworking.Web.Features.Consent.Storage;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Consent;

/// <summary>Finding 1 of the security review (forged enrolment): the callback's <c>tenant</c> parameter proves nothing;
/// the app-only token for that tenant must carry its <c>tid</c> and every required Graph application role.</summary>
public sealed class EnrolmentProofTests : IAsyncLifetime
{
    private static readonly Guid Victim = Guid.Parse("55555555-eeee-4eee-8eee-555555555555");
    private readonly AuthTestHost _host = new();

    public async Task InitializeAsync() => await _host.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Callback_ForgedTenantWhoseTokenHasNoRoles_RefusedAndNothingRecorded()
    {
        // Entra ID issues an app-only token wherever the service principal exists, with no roles where none are granted.
        _host.AppTokens.Roles = [];
        using var attacker = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(attacker, Victim);
        var state = await ConsentFlow.StartAndGetStateAsync(attacker);

        using var response = await ConsentFlow.CallbackSuccessAsync(attacker, state, Victim);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Mail.ReadBasic.All", page, StringComparison.Ordinal);
        Assert.Null(await _host.Tenants.FindAsync(Victim, CancellationToken.None));
        Assert.Empty(_host.FirstSyncs.Enqueued);
        var entry = Assert.Single(_host.Audit.Entries);
        Assert.Equal((ConsentOutcome.PermissionsMissing, (Guid?)Victim), (entry.Outcome, entry.TenantId));
    }

    [Fact]
    public async Task Callback_RequiredRoleMissing_RefusedNamingIt()
    {
        _host.AppTokens.Roles = [.. FakeAppTokenSource.AllGranted.Where(r => r != "Mail.Send")];
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Victim);

        using var response = await ConsentFlow.CallbackSuccessAsync(browser, await ConsentFlow.StartAndGetStateAsync(browser), Victim);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("permissions: Mail.Send.", page, StringComparison.Ordinal);
        Assert.Null(await _host.Tenants.FindAsync(Victim, CancellationToken.None));
    }

    [Fact]
    public async Task Callback_OnlyTheOptionalGroupRoleMissing_Enrolled()
    {
        _host.AppTokens.Roles = [.. FakeAppTokenSource.AllGranted.Where(r => r != "GroupMember.Read.All")];
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Victim);

        using var response = await ConsentFlow.CallbackSuccessAsync(browser, await ConsentFlow.StartAndGetStateAsync(browser), Victim);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await _host.Tenants.FindAsync(Victim, CancellationToken.None));
        Assert.Equal([Victim], _host.FirstSyncs.Enqueued);
    }

    [Fact]
    public async Task Callback_TokenOfAnotherTenant_Refused()
    {
        _host.AppTokens.TokenTenant = TestIds.OtherConsentedTenant;
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Victim);

        using var response = await ConsentFlow.CallbackSuccessAsync(browser, await ConsentFlow.StartAndGetStateAsync(browser), Victim);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await _host.Tenants.FindAsync(Victim, CancellationToken.None));
    }

    [Fact]
    public async Task Callback_RejectedState_NotAuditedAndAttackerTextNeverStored()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Victim);
        await ConsentFlow.StartAndGetStateAsync(browser);
        var longText = new string('x', 2000);

        using var forged = await ConsentFlow.CallbackAsync(browser, new Dictionary<string, string?>
        {
            ["error"] = "access_denied", ["error_description"] = longText, ["state"] = "not-a-state",
        });
        using var valid = await ConsentFlow.CallbackAsync(browser, new Dictionary<string, string?>
        {
            ["error"] = "Ev1l " + longText,
            ["error_description"] = "AADSTS65004: " + longText,
            ["state"] = await ConsentFlow.StartAndGetStateAsync(browser),
        });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var entry = Assert.Single(_host.Audit.Entries);
        Assert.Equal(("invalid_error", "AADSTS65004"), (entry.Error, entry.Detail));
    }
}

/// <summary>The demo's stand-in for Entra ID behaves the same: a callback naming a tenant nobody consented in fails.</summary>
public sealed class DemoEnrolmentProofTests : IAsyncLifetime
{
    private readonly AuthTestHost _host = new() { UseHostAppTokens = true };

    public async Task InitializeAsync() => await _host.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task DemoCallback_ForgedTenant_RefusedWhileTheStandInsOwnTenantIsConfirmed()
    {
        // Even an admin of the victim tenant (signed in, Global Administrator) enrols nothing where no permission is granted.
        var victim = Guid.Parse("66666666-ffff-4fff-8fff-666666666666");
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, victim);
        using var demoAdmin = _host.CreateBrowser();
        await Security.AdminBrowser.SignInAsync(demoAdmin, TestIds.HomeTenant);

        using var forged = await ConsentFlow.CallbackSuccessAsync(browser, await ConsentFlow.StartAndGetStateAsync(browser), victim);
        using var genuine = await ConsentFlow.CallbackSuccessAsync(demoAdmin, await ConsentFlow.StartAndGetStateAsync(demoAdmin), TestIds.HomeTenant);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Null(await _host.Tenants.FindAsync(victim, CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Equal([ConsentOutcome.PermissionsMissing, ConsentOutcome.Regranted], _host.Audit.Entries.Select(e => e.Outcome));
    }

    [Fact]
    public async Task DemoCallback_DemoAdminNamesAnotherTenantWithValidState_RefusedAsTenantMismatchNothingEnrolled()
    {
        // Finding 1b in the demo: the stand-in's admin (tid of the demo tenant, wids Global Administrator) forges
        // admin_consent=True&tenant=<another consented tenant, whose app token does carry every role>.
        using var browser = _host.CreateBrowser();
        await Security.AdminBrowser.SignInAsync(browser, TestIds.HomeTenant);
        var other = TestIds.OtherConsentedTenant;

        using var forged = await ConsentFlow.CallbackSuccessAsync(browser, await ConsentFlow.StartAndGetStateAsync(browser), other);
        var page = await forged.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains("not the one of the administrator signed in", page, StringComparison.Ordinal);
        Assert.Empty(_host.FirstSyncs.Enqueued);
        var entry = Assert.Single(_host.Audit.Entries);
        Assert.Equal((ConsentOutcome.AdminNotQualified, (Guid?)other, "admin_tenant_mismatch"), (entry.Outcome, entry.TenantId, entry.Error));
    }
}

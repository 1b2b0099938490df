using System.Net;
using OutlookNetworking.Web.Features.Consent.Storage;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Consent;

public sealed class ConsentCallbackTests : IAsyncLifetime
{
    private static readonly Guid Fabrikam = Guid.Parse("44444444-dddd-4ddd-8ddd-444444444444");
    private readonly AuthTestHost _host = new();

    public async Task InitializeAsync() => await _host.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Callback_Success_RecordsTenantEnqueuesFirstSyncAndAudits()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);
        var state = await ConsentFlow.StartAndGetStateAsync(browser);

        using var response = await ConsentFlow.CallbackSuccessAsync(browser, state, Fabrikam);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("enabled for your organisation", page, StringComparison.Ordinal);
        Assert.Equal([Fabrikam], _host.AppTokens.Requests);
        var tenant = await _host.Tenants.FindAsync(Fabrikam, CancellationToken.None);
        Assert.Equal(_host.Clock.GetUtcNow(), tenant?.ConsentedAt);
        Assert.Equal([Fabrikam], _host.FirstSyncs.Enqueued);
        var entry = Assert.Single(_host.Audit.Entries);
        Assert.Equal((ConsentOutcome.Granted, (Guid?)Fabrikam, (string?)null), (entry.Outcome, entry.TenantId, entry.Error));
    }

    [Fact]
    public async Task Callback_AccessDenied_FailsShowsDescriptionAndRecordsNothing()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);
        var state = await ConsentFlow.StartAndGetStateAsync(browser);

        using var response = await ConsentFlow.CallbackAsync(browser, new Dictionary<string, string?>
        {
            ["error"] = "access_denied",
            ["error_description"] = "AADSTS65004: User declined to consent to access the app.",
            ["state"] = state,
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Consent was not granted", page, StringComparison.Ordinal);
        Assert.Contains("AADSTS65004: User declined to consent to access the app.", page, StringComparison.Ordinal);
        AssertNothingRecorded(Fabrikam);
        var entry = Assert.Single(_host.Audit.Entries);
        Assert.Equal((ConsentOutcome.Failed, "access_denied", "AADSTS65004"), (entry.Outcome, entry.Error, entry.Detail));
    }

    [Fact]
    public async Task Callback_ErrorBesideAdminConsentTrue_TreatedAsFailure()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);
        var state = await ConsentFlow.StartAndGetStateAsync(browser);

        using var response = await ConsentFlow.CallbackAsync(browser, new Dictionary<string, string?>
        {
            ["admin_consent"] = "True",
            ["tenant"] = Fabrikam.ToString("D"),
            ["error"] = "invalid_request",
            ["error_description"] = "AADSTS50011: The redirect URI does not match <b>the registered ones</b>.",
            ["state"] = state,
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("AADSTS50011", page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;the registered ones&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>the registered ones</b>", page, StringComparison.Ordinal);
        Assert.Empty(_host.AppTokens.Requests);
        AssertNothingRecorded(Fabrikam);
        Assert.Equal(ConsentOutcome.Failed, Assert.Single(_host.Audit.Entries).Outcome);
    }

    [Fact]
    public async Task Callback_MissingState_Rejected()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);
        await ConsentFlow.StartAndGetStateAsync(browser);

        using var response = await ConsentFlow.CallbackSuccessAsync(browser, state: null, Fabrikam);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNothingRecorded(Fabrikam);
        Assert.Empty(_host.Audit.Entries);
    }

    [Fact]
    public async Task Callback_StateNeverIssued_Rejected()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);
        await ConsentFlow.StartAndGetStateAsync(browser);

        using var response = await ConsentFlow.CallbackSuccessAsync(browser, "bm90LWEtc3RhdGUtd2UtaXNzdWVkLWF0LWFsbC0wMDAwMA", Fabrikam);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNothingRecorded(Fabrikam);
    }

    [Fact]
    public async Task Callback_ReplayedState_RejectedTheSecondTime()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);
        var state = await ConsentFlow.StartAndGetStateAsync(browser);
        using var first = await ConsentFlow.CallbackSuccessAsync(browser, state, Fabrikam);

        using var replay = await ConsentFlow.CallbackSuccessAsync(browser, state, Fabrikam);
        var page = await replay.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Contains("already used", page, StringComparison.Ordinal);
        Assert.Equal([ConsentOutcome.Granted], _host.Audit.Entries.Select(e => e.Outcome));
        Assert.Single(_host.FirstSyncs.Enqueued);
    }

    [Fact]
    public async Task Callback_StateOlderThanTenMinutes_RejectedAsExpired()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);
        var state = await ConsentFlow.StartAndGetStateAsync(browser);
        _host.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        using var response = await ConsentFlow.CallbackSuccessAsync(browser, state, Fabrikam);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("expired", page, StringComparison.Ordinal);
        AssertNothingRecorded(Fabrikam);
    }

    [Fact]
    public async Task Callback_StateJustInsideTenMinutes_Accepted()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);
        var state = await ConsentFlow.StartAndGetStateAsync(browser);
        _host.Clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));

        using var response = await ConsentFlow.CallbackSuccessAsync(browser, state, Fabrikam);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Callback_StateStartedInAnotherBrowser_Rejected()
    {
        using var admin = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(admin, Fabrikam);
        using var attacker = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(attacker, Fabrikam);
        var attackersState = await ConsentFlow.StartAndGetStateAsync(attacker);
        await ConsentFlow.StartAndGetStateAsync(admin);

        using var response = await ConsentFlow.CallbackSuccessAsync(admin, attackersState, Fabrikam);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("another browser", page, StringComparison.Ordinal);
        AssertNothingRecorded(Fabrikam);
    }

    [Fact]
    public async Task Callback_SecondSuccessForSameTenant_IdempotentNoSecondFirstSync()
    {
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);
        using var first = await ConsentFlow.CallbackSuccessAsync(browser, await ConsentFlow.StartAndGetStateAsync(browser), Fabrikam);
        var firstRecord = await _host.Tenants.FindAsync(Fabrikam, CancellationToken.None);
        _host.Clock.Advance(TimeSpan.FromDays(2));
        await ConsentFlow.SignInAsync(browser, Fabrikam); // the admin sign-in lasts 8 hours

        using var second = await ConsentFlow.CallbackSuccessAsync(browser, await ConsentFlow.StartAndGetStateAsync(browser), Fabrikam);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstRecord, await _host.Tenants.FindAsync(Fabrikam, CancellationToken.None));
        Assert.Equal([Fabrikam], _host.FirstSyncs.Enqueued);
        Assert.Equal([ConsentOutcome.Granted, ConsentOutcome.Regranted], _host.Audit.Entries.Select(e => e.Outcome));
    }

    [Fact]
    public async Task Callback_AppTokenUnavailable_NotConfirmedAndNothingRecorded()
    {
        _host.AppTokens.Fail = true;
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Fabrikam);
        var state = await ConsentFlow.StartAndGetStateAsync(browser);

        using var response = await ConsentFlow.CallbackSuccessAsync(browser, state, Fabrikam);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("AADSTS7000229", page, StringComparison.Ordinal);
        AssertNothingRecorded(Fabrikam);
        Assert.Equal(ConsentOutcome.NotConfirmed, Assert.Single(_host.Audit.Entries).Outcome);
    }

    [Fact]
    public async Task Callback_Success_UsersOfTheTenantAreServedAtOnce()
    {
        using var api = _host.CreateClient();
        var token = TestTokens.Valid(_host, TestIds.UnconsentedTenant, TestIds.Dan);
        using var before = await HttpRequests.GetWithTokenAsync(api, "/api/auth/session", token);
        using var browser = _host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, TestIds.UnconsentedTenant);

        using var consent = await ConsentFlow.CallbackSuccessAsync(browser, await ConsentFlow.StartAndGetStateAsync(browser), TestIds.UnconsentedTenant);
        using var after = await HttpRequests.GetWithTokenAsync(api, "/api/auth/session", token);

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private void AssertNothingRecorded(Guid tenantId)
    {
        Assert.Null(_host.Tenants.FindAsync(tenantId, CancellationToken.None).AsTask().Result);
        Assert.Empty(_host.FirstSyncs.Enqueued);
    }
}

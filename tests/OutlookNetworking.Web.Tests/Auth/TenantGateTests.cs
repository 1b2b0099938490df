using System.Net;
using System.Text.Json;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Auth;

public sealed class TenantGateTests(AuthTestHostFixture fixture) : IClassFixture<AuthTestHostFixture>
{
    [Fact]
    public async Task Session_TenantWithoutConsent_403ProblemWithCodeAndConsentUrl()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await HttpRequests.GetWithTokenAsync(client, "/api/auth/session",
            TestTokens.For(fixture.Host, TokenCase.UnconsentedTenant));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("tenant_not_consented", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal("http://localhost/admin/consent", problem.RootElement.GetProperty("consentUrl").GetString());
        Assert.Contains("admin", problem.RootElement.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Session_NoToken_401ProblemWithBearerChallenge()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/auth/session", UriKind.Relative));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.Equal("unauthorized", problem.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Session_TokenWithoutApiScope_403ForbiddenProblem()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await HttpRequests.GetWithTokenAsync(client, "/api/auth/session",
            TestTokens.For(fixture.Host, TokenCase.MissingScope));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", problem.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Tenant_ConsentedTenant_ReturnsItsConsentTime()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await HttpRequests.GetWithTokenAsync(client, "/api/auth/tenant",
            TestTokens.For(fixture.Host, TokenCase.OtherTenant));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestIds.OtherConsentedTenant, body.RootElement.GetProperty("tenantId").GetGuid());
        Assert.Equal(new DateTimeOffset(2025, 5, 31, 18, 0, 0, TimeSpan.Zero), body.RootElement.GetProperty("consentedAt").GetDateTimeOffset());
    }
}

using System.Net;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Auth;

/// <summary>The production host has no demo: no <c>/demo</c> endpoints, no local issuer. (The demo host's refusals
/// outside Development and off loopback: <c>Demo/DemoStartGuardTests</c>.)</summary>
public sealed class DemoModeHostingTests
{
    [Fact]
    public async Task Start_ProductionHostInProduction_Starts()
    {
        await using var host = new ProductionTestHost(environment: "Production", settings: ProductionConfiguration.Complete());
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/demo/users")]
    [InlineData("/demo/token?upn=ava.patel@contoso.example")]
    public async Task DemoEndpoints_ProductionHost_DoNotExist(string path)
    {
        await using var host = new ProductionTestHost();
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Session_ProductionHost_DemoIssuerTokenRejected()
    {
        await using var demo = new AuthTestHost();
        var token = TestTokens.For(demo, TokenCase.Owner); // signed by the demo's local issuer
        await using var host = new ProductionTestHost();
        using var client = host.CreateClient();

        using var response = await HttpRequests.GetWithTokenAsync(client, "/api/auth/session", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

using System.Net;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Auth;

public sealed class DemoModeHostingTests
{
    [Fact]
    public async Task Start_DemoEnabledInProduction_RefusesWithClearMessage()
    {
        var settings = ProductionConfiguration.Complete();
        settings.Remove("Demo:Enabled");
        await using var host = new AuthTestHost(demoEnabled: true, environment: "Production", settings: settings);

        Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(host.ErrorLog.Errors, e => e.Contains("Refusing to start: ", StringComparison.Ordinal)
                                                   && e.Contains("cannot run in the Production environment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_DemoDisabledInProduction_Starts()
    {
        await using var host = new AuthTestHost(demoEnabled: false, environment: "Production", settings: ProductionConfiguration.Complete());
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/demo/users")]
    [InlineData("/demo/token?upn=ava.patel@contoso.example")]
    public async Task DemoEndpoints_DemoDisabled_DoNotExist(string path)
    {
        await using var host = new AuthTestHost(demoEnabled: false);
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Session_DemoDisabled_LocalIssuerTokenRejected()
    {
        await using var host = new AuthTestHost(demoEnabled: false);
        using var client = host.CreateClient();

        using var response = await HttpRequests.GetWithTokenAsync(client, "/api/auth/session", TestTokens.For(host, TokenCase.Owner));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

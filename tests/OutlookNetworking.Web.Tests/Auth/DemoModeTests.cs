using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Auth;

public sealed class DemoModeTests(AuthTestHostFixture fixture) : IClassFixture<AuthTestHostFixture>
{
    [Fact]
    public async Task DemoUsers_DemoMode_ListsTheSimulatedTenantsUsers()
    {
        using var client = fixture.Host.CreateClient();

        using var users = JsonDocument.Parse(await client.GetStringAsync(new Uri("/demo/users", UriKind.Relative)));

        var upns = users.RootElement.EnumerateArray().Select(u => u.GetProperty("upn").GetString()!).ToArray();
        Assert.Equal(["ava.patel@contoso.example", "ben.okafor@contoso.example"], upns);
        Assert.Equal(TestIds.Ava.Id, users.RootElement[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task DemoToken_KnownUser_SignsInThroughTheSameJwtValidation()
    {
        using var client = fixture.Host.CreateClient();
        using var issued = JsonDocument.Parse(await client.GetStringAsync(new Uri("/demo/token?upn=BEN.OKAFOR@contoso.example", UriKind.Relative)));
        var accessToken = issued.RootElement.GetProperty("accessToken").GetString();

        using var response = await HttpRequests.GetWithTokenAsync(client, "/api/auth/session", accessToken);
        using var session = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestIds.Ben.Id, session.RootElement.GetProperty("objectId").GetGuid());
        Assert.Equal(TestIds.HomeTenant, session.RootElement.GetProperty("tenantId").GetGuid());
        Assert.True(issued.RootElement.GetProperty("expiresOn").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(50));
    }

    [Fact]
    public async Task DemoToken_KnownUser_HasEntraIdV2Shape()
    {
        using var client = fixture.Host.CreateClient();

        using var issued = JsonDocument.Parse(await client.GetStringAsync(new Uri("/demo/token?upn=ava.patel@contoso.example", UriKind.Relative)));
        var token = new JsonWebToken(issued.RootElement.GetProperty("accessToken").GetString());

        Assert.Equal("https://login.microsoftonline.com/11111111-aaaa-4aaa-8aaa-111111111111/v2.0", token.Issuer);
        Assert.Equal([TestIds.ClientId], token.Audiences);
        Assert.Equal("access_as_user", token.GetPayloadValue<string>("scp"));
        Assert.Equal("ava.patel@contoso.example", token.GetPayloadValue<string>("preferred_username"));
        Assert.Equal("RS256", token.Alg);
    }

    [Fact]
    public async Task DemoToken_UnknownUser_404Problem()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(new Uri("/demo/token?upn=mallory@contoso.example", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DemoToken_NoUpn_400Problem()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(new Uri("/demo/token", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DemoTenant_DemoMode_ConsentedAutomatically()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await HttpRequests.GetWithTokenAsync(client, "/api/auth/tenant", TestTokens.For(fixture.Host, TokenCase.Owner));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

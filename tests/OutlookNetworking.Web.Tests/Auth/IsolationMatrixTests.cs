using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Auth;

/// <summary>
/// Every protected endpoint x every token case, on seeded data for two tenants and several users: the expected status,
/// no answer to anyone but Ava carrying anything only Ava's data holds, and Ava's stored data unchanged by anyone else.
/// </summary>
public sealed class IsolationMatrixTests(SeededApiHostFixture fixture) : IClassFixture<SeededApiHostFixture>
{
    [Theory]
    [MemberData(nameof(IsolationMatrix.Cases), MemberType = typeof(IsolationMatrix))]
    public async Task ProtectedEndpoint_TokenCase_ExpectedStatusAndNeverAnotherUsersData(string endpointName, TokenCase tokenCase)
    {
        var endpoint = IsolationMatrix.Endpoint(endpointName);
        using var client = fixture.Host.CreateClient();
        var avaBefore = await AvaFingerprintAsync(fixture.Host);

        using var response = await HttpRequests.SendAsync(client, endpoint, TestTokens.For(fixture.Host, tokenCase));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(IsolationMatrix.ExpectedStatus(endpoint, tokenCase), response.StatusCode);
        if (tokenCase != TokenCase.Owner)
        {
            foreach (var marker in IsolationMatrix.VictimMarkers)
            {
                Assert.DoesNotContain(marker, body, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Equal(avaBefore, await AvaFingerprintAsync(fixture.Host));
        }
    }

    [Theory]
    [MemberData(nameof(IsolationMatrix.ErasingCases), MemberType = typeof(IsolationMatrix))]
    public async Task ErasingEndpoint_SignedInUser_ErasesOnlyTheCallersOwnData(string endpointName, TokenCase tokenCase)
    {
        var endpoint = IsolationMatrix.Endpoint(endpointName);
        await using var host = await SeededApiHost.StartAsync();
        using var client = host.CreateClient();
        var avaBefore = await AvaFingerprintAsync(host);

        using var response = await HttpRequests.SendAsync(client, endpoint, TestTokens.For(host, tokenCase));

        Assert.Equal(IsolationMatrix.ExpectedStatus(endpoint, tokenCase), response.StatusCode);
        var avaAfter = await AvaFingerprintAsync(host);
        if (tokenCase == TokenCase.Owner)
        {
            Assert.NotEqual(avaBefore, avaAfter);
        }
        else
        {
            Assert.Equal(avaBefore, avaAfter);
        }
    }

    [Theory]
    [InlineData(TokenCase.Owner, "a0a0a0a0-0000-4000-8000-00000000a0a0", "11111111-aaaa-4aaa-8aaa-111111111111")]
    [InlineData(TokenCase.OtherUserSameTenant, "b0b0b0b0-0000-4000-8000-00000000b0b0", "11111111-aaaa-4aaa-8aaa-111111111111")]
    [InlineData(TokenCase.OtherTenant, "c0c0c0c0-0000-4000-8000-00000000c0c0", "22222222-bbbb-4bbb-8bbb-222222222222")]
    public async Task Session_SpoofedQuery_IdentityComesFromTokenOnly(TokenCase tokenCase, string expectedOid, string expectedTid)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await HttpRequests.SendAsync(client, IsolationMatrix.Endpoint("session-with-spoofed-query"),
            TestTokens.For(fixture.Host, tokenCase));
        var session = await response.Content.ReadFromJsonAsync<SessionBody>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Guid.Parse(expectedOid), session!.ObjectId);
        Assert.Equal(Guid.Parse(expectedTid), session.TenantId);
    }

    [Theory]
    [InlineData(TokenCase.OtherUserSameTenant, "ben.okafor@contoso.example")]
    [InlineData(TokenCase.OtherTenant, "carol@fabrikam.example")]
    public async Task Me_SpoofedQuery_AnswersForTheTokensUser(TokenCase tokenCase, string expectedMail)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await HttpRequests.SendAsync(client, IsolationMatrix.Endpoint("me-spoofed-query"),
            TestTokens.For(fixture.Host, tokenCase));
        using var me = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedMail, me.RootElement.GetProperty("mail").GetString());
    }

    /// <summary>Everything stored about Ava, as one string.</summary>
    private static async Task<string> AvaFingerprintAsync(ITestTokenHost host) =>
        JsonSerializer.Serialize(await host.Services.GetRequiredService<UserDataStore>().ExportAsync(SeededData.AvaKey, CancellationToken.None))
        + (await host.Services.GetRequiredService<UserDataStore>().IsOptedOutAsync(SeededData.AvaKey, CancellationToken.None));

    private sealed record SessionBody(Guid TenantId, Guid ObjectId, string? UserPrincipalName, string? DisplayName);
}

using System.Net;
using System.Net.Http.Json;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Auth;

public sealed class IsolationMatrixTests(AuthTestHostFixture fixture) : IClassFixture<AuthTestHostFixture>
{
    [Theory]
    [MemberData(nameof(IsolationMatrix.Cases), MemberType = typeof(IsolationMatrix))]
    public async Task ProtectedEndpoint_TokenCase_ExpectedStatusAndNeverAnotherUsersData(string endpointName, TokenCase tokenCase)
    {
        var endpoint = IsolationMatrix.Endpoint(endpointName);
        using var client = fixture.Host.CreateClient();

        using var response = await HttpRequests.SendAsync(client, endpoint, TestTokens.For(fixture.Host, tokenCase));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(IsolationMatrix.ExpectedStatus(endpoint, tokenCase), response.StatusCode);
        if (tokenCase != TokenCase.Owner)
        {
            Assert.DoesNotContain(TestIds.Ava.Id.ToString("D"), body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(TestIds.Ava.UserPrincipalName, body, StringComparison.OrdinalIgnoreCase);
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

    private sealed record SessionBody(Guid TenantId, Guid ObjectId, string? UserPrincipalName, string? DisplayName);
}

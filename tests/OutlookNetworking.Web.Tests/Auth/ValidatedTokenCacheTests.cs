using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OutlookNetworking.Web.Features.Auth;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Auth;

public sealed class ValidatedTokenCacheTests(AuthTestHostFixture fixture) : IClassFixture<AuthTestHostFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static ClaimsPrincipal Principal(string oid) => new(new ClaimsIdentity(
        [new Claim("tid", "11111111-aaaa-4aaa-8aaa-111111111111"), new Claim("oid", oid), new Claim("scp", "access_as_user")],
        "AuthenticationTypes.Federation", "name", "roles"));

    [Fact]
    public void TryGet_AfterAdd_ANewPrincipalWithTheTokensClaimsEachTime()
    {
        using var cache = new ValidatedTokenCache(new FakeTimeProvider(Now));
        cache.Add("token-a", Principal("oid-a"), Now.AddHours(1));

        Assert.True(cache.TryGet("token-a", out var first));
        Assert.True(cache.TryGet("token-a", out var second));

        Assert.NotSame(first, second);
        Assert.NotSame(first!.Claims.First(), second!.Claims.First());
        Assert.Equal("oid-a", first.FindFirst("oid")?.Value);
        Assert.Equal(["tid", "oid", "scp"], second.Claims.Select(c => c.Type));
        Assert.True(second.Identity?.IsAuthenticated);
    }

    [Fact]
    public void TryGet_AnotherTokenString_Miss()
    {
        using var cache = new ValidatedTokenCache(new FakeTimeProvider(Now));
        cache.Add("header.payload.signature", Principal("oid-a"), Now.AddHours(1));

        Assert.False(cache.TryGet("header.payload.signaturf", out var principal));
        Assert.Null(principal);
    }

    [Fact]
    public void TryGet_TokenExpired_Miss()
    {
        var clock = new FakeTimeProvider(Now);
        using var cache = new ValidatedTokenCache(clock);
        cache.Add("token-a", Principal("oid-a"), Now.AddMinutes(2));

        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.False(cache.TryGet("token-a", out _));
    }

    [Fact]
    public void TryGet_LongLivedTokenAfterMaxLifetime_Miss()
    {
        var clock = new FakeTimeProvider(Now);
        using var cache = new ValidatedTokenCache(clock);
        cache.Add("token-a", Principal("oid-a"), Now.AddHours(1));

        clock.Advance(ValidatedTokenCache.MaxLifetime - TimeSpan.FromSeconds(1));
        var beforeMax = cache.TryGet("token-a", out _);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(beforeMax);
        Assert.False(cache.TryGet("token-a", out _));
    }

    [Fact]
    public void Add_TokenAlreadyExpired_NotCached()
    {
        using var cache = new ValidatedTokenCache(new FakeTimeProvider(Now));

        cache.Add("token-a", Principal("oid-a"), Now.AddSeconds(-1));

        Assert.False(cache.TryGet("token-a", out _));
    }

    [Fact]
    public async Task Session_SameTokenTwiceThenItsForgedTwin_TwiceTheOwnerThen401()
    {
        using var client = fixture.Host.CreateClient();
        var token = TestTokens.For(fixture.Host, TokenCase.Owner)!;
        var forged = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        using var first = await HttpRequests.GetWithTokenAsync(client, "/api/auth/session", token);
        using var second = await HttpRequests.GetWithTokenAsync(client, "/api/auth/session", token);
        using var third = await HttpRequests.GetWithTokenAsync(client, "/api/auth/session", forged);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        using var session = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal(TestIds.Ava.Id, session.RootElement.GetProperty("objectId").GetGuid());
        Assert.Equal(HttpStatusCode.Unauthorized, third.StatusCode);
    }

    [Fact]
    public async Task Session_TwoUsersTokensInTurn_EachAnsweredAsItsOwnUser()
    {
        using var client = fixture.Host.CreateClient();
        var ava = TestTokens.For(fixture.Host, TokenCase.Owner)!;
        var ben = TestTokens.For(fixture.Host, TokenCase.OtherUserSameTenant)!;

        var ids = new List<Guid>();
        foreach (var token in new[] { ava, ben, ava, ben })
        {
            using var response = await HttpRequests.GetWithTokenAsync(client, "/api/auth/session", token);
            using var session = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            ids.Add(session.RootElement.GetProperty("objectId").GetGuid());
        }

        Assert.Equal([TestIds.Ava.Id, TestIds.Ben.Id, TestIds.Ava.Id, TestIds.Ben.Id], ids);
    }
}

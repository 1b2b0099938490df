using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>graph-fidelity GF-17: an app-only token expires (60 to 90 minutes); Graph then answers 401
/// <c>InvalidAuthenticationToken</c> "Lifetime validation failed, the token is expired." until a new token is sent.</summary>
public sealed class Gf17TokenExpiryTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    /// <summary>An unsigned JWT with the claims of an app-only Graph token (the simulator reads <c>exp</c>; it checks no signature).</summary>
    private static string Jwt(DateTimeOffset expires)
    {
        static string Part(object value) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
        return Part(new { alg = "none", typ = "JWT" }) + "." + Part(new
        {
            aud = "https://graph.microsoft.com", idtyp = "app", roles = new[] { "Mail.ReadBasic.All" },
            nbf = Start.ToUnixTimeSeconds(), exp = expires.ToUnixTimeSeconds(),
        }) + ".";
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(GraphHttp http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, http.Url($"/users/{TestPaths.AvaId}/mailboxSettings"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Gf17_JwtPastItsExp_401LifetimeValidationFailed_ANewTokenIsServed()
    {
        var wall = new ManualWallClock(Start);
        await using var sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = TestPaths.Contoso, WallClock = wall });
        using var http = new GraphHttp(sim, token: null);
        var first = Jwt(Start.AddMinutes(75));

        var (fresh, _) = await GetAsync(http, first);
        wall.Advance(TimeSpan.FromMinutes(76));
        var (expired, body) = await GetAsync(http, first);
        var (renewed, _) = await GetAsync(http, Jwt(wall.GetUtcNow().AddMinutes(75)));

        Assert.Equal(HttpStatusCode.OK, fresh);
        Assert.Equal(HttpStatusCode.Unauthorized, expired);
        Assert.Equal("InvalidAuthenticationToken", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("Lifetime validation failed, the token is expired.", body.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, renewed);
        Assert.Equal(1, sim.Control.Counters.ExpiredTokenRejections);
    }

    [Fact]
    public async Task Gf17_ControlSurfaceExpiresTheTokensSeen_401UntilANewOneComes()
    {
        await using var sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = TestPaths.Contoso });
        using var http = new GraphHttp(sim, token: null);
        using var control = new HttpClient { BaseAddress = sim.RootUri };

        var (before, _) = await GetAsync(http, "opaque-token-1");
        var expire = await control.PostAsync("/_simulator/tokens/expire", content: null);
        var (after, body) = await GetAsync(http, "opaque-token-1");
        var (other, _) = await GetAsync(http, "opaque-token-2");

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.NoContent, expire.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
        Assert.Equal("Lifetime validation failed, the token is expired.", body.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, other);
    }
}

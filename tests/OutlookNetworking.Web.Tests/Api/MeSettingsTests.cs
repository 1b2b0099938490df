using System.Net;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Api;

/// <summary>Settings changes; the tests share a host, reset to the seeded state before each.</summary>
public sealed class MeSettingsTests(SeededApiHostFixture fixture) : IClassFixture<SeededApiHostFixture>, IAsyncLifetime
{
    private readonly ProductionTestHost _host = fixture.Host;

    public async Task InitializeAsync() => await SeededData.ResetAsync(_host);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SetDigest_Valid_ShownByGetMe()
    {
        using var client = _host.AvaClient();

        Assert.Equal(HttpStatusCode.NoContent, await client.StatusOfAsync(HttpMethod.Put, "/api/me/digest", """{"enabled":false,"hour":23}"""));

        var digest = (await client.GetJsonAsync("/api/me")).GetProperty("digest");
        Assert.False(digest.GetProperty("enabled").GetBoolean());
        Assert.Equal(23, digest.GetProperty("hour").GetInt32());
    }

    [Theory]
    [InlineData("""{"enabled":true,"hour":24}""", "invalid_request")]
    [InlineData("""{"enabled":true,"hour":-1}""", "invalid_request")]
    [InlineData("""{"enabled":true}""", "invalid_request")]
    [InlineData("""{"hour":7}""", "invalid_request")]
    [InlineData("""{"enabled":"maybe","hour":7}""", "invalid_json")]
    public async Task SetDigest_Invalid_BadRequestAndNothingChanged(string body, string code)
    {
        using var client = _host.AvaClient();

        using var response = await client.SendJsonAsync(HttpMethod.Put, "/api/me/digest", body);
        var problem = await ApiJson.ReadProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, problem.Text("code"));
        Assert.Equal(7, (await client.GetJsonAsync("/api/me")).GetProperty("digest").GetProperty("hour").GetInt32());
    }

    [Fact]
    public async Task SetDigest_UserNotSyncedYet_ConflictProblem()
    {
        using var client = _host.ClientFor(TestIds.HomeTenant, TestIds.Omar);

        using var response = await client.SendJsonAsync(HttpMethod.Put, "/api/me/digest", """{"enabled":true,"hour":8}""");
        var problem = await ApiJson.ReadProblemAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("mailbox_not_synced", problem.Text("code"));
    }
}

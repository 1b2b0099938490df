using System.Net;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

public sealed class DirectoryAndAuthTests : IAsyncLifetime
{
    private GraphSimulatorHost _sim = null!;
    private GraphHttp _http = null!;

    public async Task InitializeAsync()
    {
        _sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions
        {
            SnapshotPath = TestPaths.Contoso,
            TokenValidator = token => token != "revoked",
        });
        _http = new GraphHttp(_sim);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task Users_TopAndSelect_PagesWithAbsoluteNextLinksAndOnlySelectedFields()
    {
        var (_, first) = await _http.GetAsync("/users?$top=2&$select=displayName,department");
        var next = first.GetProperty("@odata.nextLink").GetString()!;
        var (_, second) = await _http.GetAsync(next);

        Assert.StartsWith(_sim.BaseUrl + "/users?", next);
        Assert.Equal(["Ava Patel", "Ben Okafor"], first.GetProperty("value").EnumerateArray().Select(u => u.GetProperty("displayName").GetString()));
        Assert.Equal(["Room 4.1"], second.GetProperty("value").EnumerateArray().Select(u => u.GetProperty("displayName").GetString()));
        Assert.False(second.TryGetProperty("@odata.nextLink", out _));
        var fields = first.GetProperty("value")[0].EnumerateObject().Select(p => p.Name).Order();
        Assert.Equal(["department", "displayName", "id"], fields);
    }

    [Fact]
    public async Task User_ByUserPrincipalName_ReturnsTheUserWithDefaultProjection()
    {
        var (response, user) = await _http.GetAsync("/users/ava.patel@contoso.example");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestPaths.AvaId, user.GetProperty("id").GetString());
        Assert.Equal("Account Executive", user.GetProperty("jobTitle").GetString());
        Assert.False(user.TryGetProperty("department", out _));
    }

    [Fact]
    public async Task User_Unknown_AnswersResourceNotFound()
    {
        var (response, body) = await _http.GetAsync("/users/nobody@contoso.example");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Request_ResourceNotFound", body.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task MailboxSettings_ReturnsTimeZoneAndPurpose()
    {
        var (_, settings) = await _http.GetAsync($"/users/{TestPaths.AvaId}/mailboxSettings");
        var (_, room) = await _http.GetAsync("/users/room-4.1@contoso.example/mailboxSettings");

        Assert.Equal("Pacific Standard Time", settings.GetProperty("timeZone").GetString());
        Assert.Equal("room", room.GetProperty("userPurpose").GetString());
    }

    [Fact]
    public async Task Rooms_ListsTheRoomsOfTheSnapshot()
    {
        var (_, rooms) = await _http.GetAsync("/places/microsoft.graph.room");

        var room = Assert.Single(rooms.GetProperty("value").EnumerateArray());
        Assert.Equal("room-4.1@contoso.example", room.GetProperty("emailAddress").GetString());
        Assert.False(string.IsNullOrEmpty(room.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task AnyRequest_WithoutToken_AnswersInvalidAuthenticationToken()
    {
        using var anonymous = new GraphHttp(_sim, token: null);

        var (response, body) = await anonymous.GetAsync("/users");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("InvalidAuthenticationToken", body.GetProperty("error").GetProperty("code").GetString());
        Assert.False(_sim.Control.RequestLog.Single().AuthorizationPresent);
    }

    [Fact]
    public async Task AnyRequest_TokenRefusedByValidator_AnswersUnauthorized()
    {
        using var revoked = new GraphHttp(_sim, token: "revoked");

        var (response, _) = await revoked.GetAsync("/users");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, _sim.Control.Counters.Unauthorized);
    }

    [Fact]
    public async Task UnknownSegment_AnswersGraphBadRequest()
    {
        var (response, body) = await _http.GetAsync("/teams");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("teams", body.GetProperty("error").GetProperty("message").GetString());
    }
}

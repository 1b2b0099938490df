using System.Net;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

public sealed class MessagesListTests : IAsyncLifetime
{
    private GraphSimulatorHost _sim = null!;
    private GraphHttp _http = null!;

    public async Task InitializeAsync()
    {
        _sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = TestPaths.Contoso });
        _http = new GraphHttp(_sim);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task InboxMessages_Top_ReturnsTheNewestReceivedFirstWithANextLink()
    {
        var newest = FixtureFacts.Messages(TestPaths.Contoso, TestPaths.AvaId)
            .Where(m => m.GetProperty("parentFolderId").GetString() == "inbox")
            .OrderByDescending(m => m.GetProperty("receivedDateTime").GetString(), StringComparer.Ordinal)
            .Take(5)
            .Select(m => m.GetProperty("id").GetString())
            .ToList();

        var (response, body) = await _http.GetAsync($"/users/{TestPaths.AvaUpn}/mailFolders/inbox/messages?$top=5&$select=subject,receivedDateTime", "IdType=\"ImmutableId\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(newest, body.GetProperty("value").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.StartsWith(_sim.BaseUrl, body.GetProperty("@odata.nextLink").GetString());
    }

    [Fact]
    public async Task Messages_WithoutSelect_IsForbidden()
    {
        var (response, _) = await _http.GetAsync($"/users/{TestPaths.AvaId}/messages");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Message_ById_ReturnsSelectedFieldsInEitherIdForm()
    {
        var id = FixtureFacts.MessageIdsIn(TestPaths.Contoso, TestPaths.AvaId, "inbox")[0];

        var (_, immutable) = await _http.GetAsync($"/users/{TestPaths.AvaId}/messages/{id}?$select=conversationId", "IdType=\"ImmutableId\"");
        var (_, rest) = await _http.GetAsync($"/users/{TestPaths.AvaId}/messages/{id}?$select=conversationId");
        var (_, byRestId) = await _http.GetAsync($"/users/{TestPaths.AvaId}/messages/{rest.GetProperty("id").GetString()}?$select=conversationId", "IdType=\"ImmutableId\"");

        Assert.Equal(id, immutable.GetProperty("id").GetString());
        Assert.NotEqual(id, rest.GetProperty("id").GetString());
        Assert.Equal(id, byRestId.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.String, immutable.GetProperty("conversationId").ValueKind);
    }
}

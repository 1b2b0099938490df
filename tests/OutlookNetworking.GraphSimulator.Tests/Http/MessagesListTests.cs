using System.Net;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

public sealed class MessagesListTests : ContosoSimulatorTest
{
    [Fact]
    public async Task InboxMessages_Top_ReturnsTheNewestReceivedFirstWithANextLink()
    {
        var newest = FixtureFacts.Messages(TestPaths.Contoso, TestPaths.AvaId)
            .Where(m => m.GetProperty("parentFolderId").GetString() == "inbox")
            .OrderByDescending(m => m.GetProperty("receivedDateTime").GetString(), StringComparer.Ordinal)
            .Take(5)
            .Select(m => m.GetProperty("id").GetString())
            .ToList();

        var (response, body) = await Http.GetAsync($"/users/{TestPaths.AvaUpn}/mailFolders/inbox/messages?$top=5&$select=subject,receivedDateTime", "IdType=\"ImmutableId\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(newest, body.GetProperty("value").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.StartsWith(Sim.BaseUrl, body.GetProperty("@odata.nextLink").GetString());
    }

    [Fact]
    public async Task Messages_WithoutSelect_IsForbidden()
    {
        var (response, _) = await Http.GetAsync($"/users/{TestPaths.AvaId}/messages");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Message_ById_ReturnsSelectedFieldsInEitherIdForm()
    {
        var id = FixtureFacts.MessageIdsIn(TestPaths.Contoso, TestPaths.AvaId, "inbox")[0];

        var (_, immutable) = await Http.GetAsync($"/users/{TestPaths.AvaId}/messages/{id}?$select=conversationId", "IdType=\"ImmutableId\"");
        var (_, rest) = await Http.GetAsync($"/users/{TestPaths.AvaId}/messages/{id}?$select=conversationId");
        var (_, byRestId) = await Http.GetAsync($"/users/{TestPaths.AvaId}/messages/{rest.GetProperty("id").GetString()}?$select=conversationId", "IdType=\"ImmutableId\"");

        Assert.Equal(id, immutable.GetProperty("id").GetString());
        Assert.NotEqual(id, rest.GetProperty("id").GetString());
        Assert.Equal(id, byRestId.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.String, immutable.GetProperty("conversationId").ValueKind);
    }
}

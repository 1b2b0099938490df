using System.Net;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>GF-7: folder listings include mail search folders (possibly under the Inbox) and system folders; hidden
/// folders only with includeHiddenFolders=true.</summary>
public sealed class Gf07MailFolderTests : ContosoSimulatorTest
{
    private const string Immutable = "IdType=\"ImmutableId\"";
    private const string SearchFolderType = "#microsoft.graph.mailSearchFolder";

    [Fact]
    public async Task Gf07_RootListing_HoldsSystemFoldersAndTheInboxSearchFolder()
    {
        var folders = await ListAsync($"/users/{TestPaths.AvaId}/mailFolders?$top=100");
        var (_, inbox) = await Http.GetAsync($"/users/{TestPaths.AvaId}/mailFolders/inbox");

        var names = folders.Select(f => f.GetProperty("displayName").GetString()).ToList();
        Assert.Contains("Conversation History", names);
        Assert.Contains("Sync Issues", names);
        Assert.Contains("Outbox", names);
        Assert.Contains("Scheduled", names);
        var search = Assert.Single(folders, f => f.TryGetProperty("@odata.type", out var t) && t.GetString() == SearchFolderType);
        Assert.Equal(inbox.GetProperty("id").GetString(), search.GetProperty("parentFolderId").GetString());
        Assert.DoesNotContain("Clutter", names); // hidden
    }

    [Fact]
    public async Task Gf07_DefaultPage_TenFoldersThenANextLink()
    {
        var (_, first) = await Http.GetAsync($"/users/{TestPaths.AvaId}/mailFolders");

        Assert.Equal(10, first.GetProperty("value").GetArrayLength());
        Assert.StartsWith(Sim.BaseUrl, first.GetProperty("@odata.nextLink").GetString());
    }

    [Fact]
    public async Task Gf07_InboxChildFolders_ListTheSearchFolder()
    {
        var children = await ListAsync($"/users/{TestPaths.AvaId}/mailFolders/inbox/childFolders");

        var search = Assert.Single(children);
        Assert.Equal(SearchFolderType, search.GetProperty("@odata.type").GetString());
        Assert.True(search.GetProperty("isSupported").GetBoolean());
    }

    [Fact]
    public async Task Gf07_SyncIssuesAndConversationHistory_HaveTheirSystemChildren()
    {
        var syncIssues = await ListAsync($"/users/{TestPaths.AvaId}/mailFolders/syncissues/childFolders");
        var history = await ListAsync($"/users/{TestPaths.AvaId}/mailFolders/conversationhistory/childFolders");
        var (_, conflicts) = await Http.GetAsync($"/users/{TestPaths.AvaId}/mailFolders/conflicts");

        Assert.Equal(["Conflicts", "Local Failures", "Server Failures"], syncIssues.Select(f => f.GetProperty("displayName").GetString()));
        Assert.Equal(["Team Chat"], history.Select(f => f.GetProperty("displayName").GetString()));
        Assert.Equal(syncIssues[0].GetProperty("id").GetString(), conflicts.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Gf07_HiddenFolders_OnlyWithIncludeHiddenFolders()
    {
        var shown = await ListAsync($"/users/{TestPaths.AvaId}/mailFolders?includeHiddenFolders=true&$top=100");
        var (_, clutter) = await Http.GetAsync($"/users/{TestPaths.AvaId}/mailFolders/clutter");

        var hidden = Assert.Single(shown, f => f.GetProperty("isHidden").GetBoolean());
        Assert.Equal(clutter.GetProperty("id").GetString(), hidden.GetProperty("id").GetString());
        Assert.Equal("Clutter", hidden.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Gf07_SearchFolderDelta_ServesTheInboxMessagesAgain()
    {
        var children = await ListAsync($"/users/{TestPaths.AvaId}/mailFolders/inbox/childFolders");
        var searchId = children[0].GetProperty("id").GetString();

        var (items, _, _) = await Http.DeltaRoundAsync($"/users/{TestPaths.AvaId}/mailFolders/{searchId}/messages/delta?$select=from", Immutable);

        var inbox = FixtureFacts.MessageIdsIn(TestPaths.Contoso, TestPaths.AvaId, "inbox");
        Assert.NotEmpty(inbox);
        Assert.Equal(inbox.Order(), items.Select(i => i.GetProperty("id").GetString()!).Order());
    }

    private async Task<List<JsonElement>> ListAsync(string url)
    {
        var result = new List<JsonElement>();
        string? next = url;
        while (next is not null)
        {
            var (response, body) = await Http.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            result.AddRange(body.GetProperty("value").EnumerateArray());
            next = body.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        return result;
    }
}

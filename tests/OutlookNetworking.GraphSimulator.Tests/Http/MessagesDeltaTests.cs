using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

public sealed class MessagesDeltaTests : ContosoSimulatorTest
{
    private const string Immutable = "IdType=\"ImmutableId\"";
    private static readonly string InboxDelta = $"/users/{TestPaths.AvaId}/mailFolders/inbox/messages/delta?$select=from,toRecipients,sentDateTime,parentFolderId";
    [Fact]
    public async Task Delta_MaxPageSize_PagesWithAbsoluteNextLinksAndAppliesThePreference()
    {
        var inbox = FixtureFacts.MessageIdsIn(TestPaths.Contoso, TestPaths.AvaId, "inbox");

        var (response, body) = await Http.GetAsync(InboxDelta, "odata.maxpagesize=7", Immutable);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("odata.maxpagesize=7", response.Headers.GetValues("Preference-Applied").Single());
        Assert.Equal(7, body.GetProperty("value").GetArrayLength());
        var next = body.GetProperty("@odata.nextLink").GetString()!;
        Assert.StartsWith(Sim.BaseUrl + "/users/" + TestPaths.AvaId + "/mailFolders/", next);
        Assert.Contains("$skiptoken=", next);
        var (items, _, pages) = await Http.DeltaRoundAsync(InboxDelta, "odata.maxpagesize=7", Immutable);
        Assert.True(pages > (inbox.Count + 6) / 7, $"{pages} pages"); // smaller pages and empty ones too (GF-10)
        Assert.Equal(inbox.Order(), items.Select(Id).Order());
    }

    [Fact]
    public async Task Delta_WithoutMaxPageSize_ServesTenPerPage()
    {
        var (response, body) = await Http.GetAsync(InboxDelta, Immutable);

        Assert.Equal(10, body.GetProperty("value").GetArrayLength());
        Assert.False(response.Headers.Contains("Preference-Applied"));
    }

    [Fact]
    public async Task Delta_MaxPageSizeAboveLimit_IsCappedAtOneThousand()
    {
        var (response, _) = await Http.GetAsync(InboxDelta, "odata.maxpagesize=5000", Immutable);

        Assert.Equal("odata.maxpagesize=1000", response.Headers.GetValues("Preference-Applied").Single());
    }

    [Fact]
    public async Task Delta_Select_ReturnsOnlySelectedFieldsAndId()
    {
        var (_, body) = await Http.GetAsync(InboxDelta, "odata.maxpagesize=3", Immutable);

        foreach (var item in body.GetProperty("value").EnumerateArray())
        {
            var names = item.EnumerateObject().Select(p => p.Name).Where(n => !n.StartsWith('@')).Order().ToList();
            Assert.Equal(["from", "id", "parentFolderId", "sentDateTime", "toRecipients"], names);
        }
    }

    [Fact]
    public async Task Delta_ParentFolderId_IsTheOpaqueIdOfTheInboxFolder()
    {
        var (_, folder) = await Http.GetAsync($"/users/{TestPaths.AvaId}/mailFolders/inbox");
        var (_, body) = await Http.GetAsync(InboxDelta, Immutable);

        var inboxId = folder.GetProperty("id").GetString();
        Assert.NotEqual("inbox", inboxId);
        Assert.All(body.GetProperty("value").EnumerateArray(), item => Assert.Equal(inboxId, item.GetProperty("parentFolderId").GetString()));
    }

    [Fact]
    public async Task Delta_WithoutSelect_IsForbidden()
    {
        var (response, body) = await Http.GetAsync($"/users/{TestPaths.AvaId}/mailFolders/inbox/messages/delta", Immutable);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("ErrorAccessDenied", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(1, Sim.Control.Counters.MetadataGuardRejections);
    }

    [Theory]
    [InlineData("from,body")]
    [InlineData("bodyPreview")]
    [InlineData("subject,uniqueBody")]
    [InlineData("*")]
    public async Task Delta_SelectNamingContent_IsForbidden(string select)
    {
        var (response, body) = await Http.GetAsync($"/users/{TestPaths.AvaId}/mailFolders/inbox/messages/delta?$select={select}", Immutable);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("ErrorAccessDenied", body.GetProperty("error").GetProperty("code").GetString());
        Assert.True(body.GetProperty("error").GetProperty("innerError").TryGetProperty("request-id", out _));
    }

    [Fact]
    public async Task Delta_UnknownSelectProperty_IsBadRequest()
    {
        var (response, body) = await Http.GetAsync($"/users/{TestPaths.AvaId}/mailFolders/inbox/messages/delta?$select=from,colour", Immutable);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("colour", body.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Delta_WithoutImmutableIdPreference_ServesIdsInADifferentForm()
    {
        var (_, plain) = await Http.GetAsync(InboxDelta, "odata.maxpagesize=5");
        var (_, immutable) = await Http.GetAsync(InboxDelta, "odata.maxpagesize=5", Immutable);

        var inbox = FixtureFacts.MessageIdsIn(TestPaths.Contoso, TestPaths.AvaId, "inbox");
        Assert.All(immutable.GetProperty("value").EnumerateArray(), item => Assert.Contains(Id(item), inbox));
        Assert.All(plain.GetProperty("value").EnumerateArray(), item => Assert.DoesNotContain(Id(item), inbox));
        var log = Sim.Control.RequestLog;
        Assert.False(log[0].ImmutableIdRequested);
        Assert.True(log[1].ImmutableIdRequested);
        Assert.Equal(1, Sim.Control.Counters.WithoutImmutableId);
    }

    [Fact]
    public async Task DeltaLink_AfterAddsUpdatesDeletesAndMoves_ReturnsOnlyTheChanges()
    {
        var (first, deltaLink, _) = await Http.DeltaRoundAsync(InboxDelta, "odata.maxpagesize=100", Immutable);
        var inbox = first.Select(Id).ToList();
        var control = Sim.Control;
        control.AddMessage(TestPaths.AvaUpn, NewMessage("new-1", "inbox"));
        control.AddMessage(TestPaths.AvaUpn, NewMessage("new-archived", "archive"));
        control.UpdateMessage(TestPaths.AvaId, inbox[0], new JsonObject { ["isRead"] = false });
        control.DeleteMessage(TestPaths.AvaId, inbox[1]);
        control.MoveMessage(TestPaths.AvaId, inbox[2], "archive");

        var (changes, nextDelta, _) = await Http.DeltaRoundAsync(deltaLink, Immutable);

        Assert.Equal(4, changes.Count);
        Assert.Equal(new[] { "new-1", inbox[0] }.Order(), changes.Where(c => !IsRemoved(c)).Select(Id).Order());
        Assert.Equal(new[] { inbox[1], inbox[2] }.Order(), changes.Where(IsRemoved).Select(Id).Order());
        Assert.All(changes.Where(IsRemoved), c => Assert.Equal("deleted", c.GetProperty("@removed").GetProperty("reason").GetString()));
        var (quiet, _, _) = await Http.DeltaRoundAsync(nextDelta, Immutable);
        Assert.Empty(quiet);
    }

    [Fact]
    public async Task DeltaLink_MessageMovedIn_AppearsInTheTargetFolderRound()
    {
        var archiveDelta = $"/users/{TestPaths.AvaId}/mailFolders/archive/messages/delta?$select=from,parentFolderId";
        var (_, deltaLink, _) = await Http.DeltaRoundAsync(archiveDelta, "odata.maxpagesize=200", Immutable);
        var moved = FixtureFacts.MessageIdsIn(TestPaths.Contoso, TestPaths.AvaId, "inbox")[0];
        Sim.Control.MoveMessage(TestPaths.AvaUpn, moved, "archive");

        var (changes, _, _) = await Http.DeltaRoundAsync(deltaLink, Immutable);

        var item = Assert.Single(changes);
        Assert.Equal(moved, Id(item));
        Assert.Equal(Sim.Control.FolderId(TestPaths.AvaUpn, "archive"), item.GetProperty("parentFolderId").GetString());
    }

    [Fact]
    public async Task DeltaLink_ReplayedWhileStillHeld_ReturnsTheSameChangesAgain()
    {
        var (_, deltaLink, _) = await Http.DeltaRoundAsync(InboxDelta, "odata.maxpagesize=100", Immutable);
        Sim.Control.AddMessage(TestPaths.AvaUpn, NewMessage("replayed", "inbox"));

        var (_, once) = await Http.GetAsync(deltaLink, Immutable);
        var (_, twice) = await Http.GetAsync(deltaLink, Immutable);

        Assert.Equal(["replayed"], once.GetProperty("value").EnumerateArray().Select(Id));
        Assert.Equal(["replayed"], twice.GetProperty("value").EnumerateArray().Select(Id));
    }

    [Fact]
    public async Task NextLink_Replayed_ReturnsTheSamePage()
    {
        var (_, body) = await Http.GetAsync(InboxDelta, "odata.maxpagesize=5", Immutable);
        var next = body.GetProperty("@odata.nextLink").GetString()!;

        var (_, first) = await Http.GetAsync(next, "odata.maxpagesize=5", Immutable);
        var (_, again) = await Http.GetAsync(next, "odata.maxpagesize=5", Immutable);

        Assert.Equal(first.GetProperty("value").EnumerateArray().Select(Id), again.GetProperty("value").EnumerateArray().Select(Id));
    }

    [Fact]
    public async Task DeltaLink_AfterTokensExpire_AnswersGoneWithSyncStateNotFound()
    {
        var (_, deltaLink, _) = await Http.DeltaRoundAsync(InboxDelta, "odata.maxpagesize=100", Immutable);
        Sim.Control.ExpireDeltaTokens(TestPaths.AvaUpn);

        var (response, body) = await Http.GetAsync(deltaLink, Immutable);
        var (restart, _, _) = await Http.DeltaRoundAsync(InboxDelta, "odata.maxpagesize=100", Immutable);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("syncStateNotFound", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(FixtureFacts.MessageIdsIn(TestPaths.Contoso, TestPaths.AvaId, "inbox").Count, restart.Count);
    }

    [Fact]
    public async Task Delta_UserFolderFromSnapshot_IsListedAndServed()
    {
        var (_, folders) = await Http.GetAsync($"/users/{TestPaths.AvaId}/mailFolders?$top=50");
        var names = folders.GetProperty("value").EnumerateArray().Select(f => f.GetProperty("displayName").GetString()).ToList();
        var (_, firstPage) = await Http.GetAsync($"/users/{TestPaths.AvaId}/mailFolders");

        Assert.Equal(
            ["Archive", "Conversation History", "Deleted Items", "Drafts", "Follow up", "Inbox", "Junk Email", "Outbox", "Scheduled", "Sent Items", "Sync Issues"],
            names);
        Assert.Equal(10, firstPage.GetProperty("value").GetArrayLength());
        var sent = await Http.DeltaRoundAsync($"/users/{TestPaths.AvaId}/mailFolders/sentitems/messages/delta?$select=from", "odata.maxpagesize=1000", Immutable);
        Assert.Equal(FixtureFacts.MessageIdsIn(TestPaths.Contoso, TestPaths.AvaId, "sentitems").Count, sent.Items.Count);
    }

    [Fact]
    public async Task Delta_UnknownUserOrFolder_AnswersGraphNotFoundErrors()
    {
        var (user, userBody) = await Http.GetAsync("/users/nobody@contoso.example/mailFolders/inbox/messages/delta?$select=from");
        var (folder, folderBody) = await Http.GetAsync($"/users/{TestPaths.AvaId}/mailFolders/nosuchfolder/messages/delta?$select=from");

        Assert.Equal(HttpStatusCode.NotFound, user.StatusCode);
        Assert.Equal("ErrorInvalidUser", userBody.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, folder.StatusCode);
        Assert.Equal("ErrorItemNotFound", folderBody.GetProperty("error").GetProperty("code").GetString());
    }

    private static JsonObject NewMessage(string id, string folder) => new()
    {
        ["id"] = id,
        ["conversationId"] = "conv-" + id,
        ["from"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = "Ben Okafor", ["address"] = "ben.okafor@contoso.example" } },
        ["toRecipients"] = new JsonArray(new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = "Ava Patel", ["address"] = "ava.patel@contoso.example" } }),
        ["sentDateTime"] = "2025-06-30T17:00:00Z",
        ["receivedDateTime"] = "2025-06-30T17:00:03Z",
        ["parentFolderId"] = folder,
    };

    private static string Id(JsonElement item) => item.GetProperty("id").GetString()!;

    private static bool IsRemoved(JsonElement item) => item.TryGetProperty("@removed", out _);
}

using System.Net;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>GF-12: a mailbox outside the app's scope answers 403 ErrorAccessDenied "Access to OData is disabled." and a
/// user without an Exchange Online mailbox 404 MailboxNotEnabledForRESTAPI, on every mailbox path; set per user in the
/// snapshot or through the control surface. The directory still lists both.</summary>
public sealed class Gf12MailboxAccessTests : DirectorySimulatorTest
{
    public static TheoryData<string> MailboxPaths => new()
    {
        "/mailFolders?$top=250",
        "/mailFolders/inbox?$select=id",
        "/mailFolders/inbox/childFolders",
        "/mailFolders/inbox/messages/delta?$select=from",
        "/messages?$select=from",
        "/calendarView/delta?startDateTime=2025-01-01T00:00:00Z&endDateTime=2025-08-01T00:00:00Z",
        "/mailboxSettings",
    };

    [Theory]
    [MemberData(nameof(MailboxPaths))]
    public async Task Gf12_OutOfScopeMailbox_EveryMailboxPathAnswersAccessToODataIsDisabled(string path)
    {
        var (response, body) = await Http.GetAsync($"/users/{DirectorySnapshot.OutOfScope}{path}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("ErrorAccessDenied", Code(body));
        Assert.Equal("Access to OData is disabled.", body.GetProperty("error").GetProperty("message").GetString());
    }

    [Theory]
    [MemberData(nameof(MailboxPaths))]
    public async Task Gf12_UserWithoutExchangeMailbox_EveryMailboxPathAnswersMailboxNotEnabledForRestApi(string path)
    {
        foreach (var user in new[] { DirectorySnapshot.Unlicensed, DirectorySnapshot.Guest, DirectorySnapshot.NoMail })
        {
            var (response, body) = await Http.GetAsync($"/users/{user}{path}");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("MailboxNotEnabledForRESTAPI", Code(body));
        }
    }

    [Fact]
    public async Task Gf12_SendMailAndBatchSteps_AnswerTheSameWay()
    {
        var (send, sendBody) = await Http.PostAsync($"/users/{DirectorySnapshot.OutOfScope}/sendMail",
            """{"message":{"subject":"x","toRecipients":[{"emailAddress":{"address":"mia@fabrikam.example"}}]}}""");
        var requests = new object[]
        {
            new { id = "out", method = "GET", url = $"/users/{DirectorySnapshot.OutOfScope}/mailboxSettings" },
            new { id = "none", method = "GET", url = $"/users/{DirectorySnapshot.ResourceAccount}/mailboxSettings" },
            new { id = "in", method = "GET", url = $"/users/{DirectorySnapshot.Member}/mailboxSettings" },
        };
        var (_, batch) = await Http.PostAsync("/$batch", JsonSerializer.Serialize(new { requests }));

        Assert.Equal(HttpStatusCode.Forbidden, send.StatusCode);
        Assert.Equal("ErrorAccessDenied", Code(sendBody));
        var byId = batch.GetProperty("responses").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(403, byId["out"].GetProperty("status").GetInt32());
        Assert.Equal(404, byId["none"].GetProperty("status").GetInt32());
        Assert.Equal("MailboxNotEnabledForRESTAPI", Code(byId["none"].GetProperty("body")));
        Assert.Equal(200, byId["in"].GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Gf12_ControlSurface_TakesAMailboxOutOfScopeAndBackIn()
    {
        var setUrl = Sim.RootUri + $"_simulator/users/{DirectorySnapshot.Member}/mailbox-access";
        using var outOfScope = await Http.Client.PutAsync(setUrl, new StringContent("""{"access":"OutOfScope"}""", System.Text.Encoding.UTF8, "application/json"));
        var (denied, _) = await Http.GetAsync($"/users/{DirectorySnapshot.Member}/mailFolders/inbox?$select=id");
        Sim.Control.SetMailboxAccess("mia@fabrikam.example", MailboxAccess.Granted);
        var (granted, _) = await Http.GetAsync($"/users/{DirectorySnapshot.Member}/mailFolders/inbox?$select=id");

        Assert.Equal(HttpStatusCode.NoContent, outOfScope.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
    }

    [Fact]
    public async Task Gf12_Directory_StillListsMailboxesTheAppMayNotRead()
    {
        var (user, _) = await Http.GetAsync($"/users/{DirectorySnapshot.OutOfScope}?$select=id,mail");
        var (list, body) = await Http.GetAsync("/users?$select=id&$top=999");

        Assert.Equal(HttpStatusCode.OK, user.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains(DirectorySnapshot.OutOfScope, DirectorySnapshot.Ids(body));
        Assert.Contains(DirectorySnapshot.Unlicensed, DirectorySnapshot.Ids(body));
    }

    private static string? Code(JsonElement body) => body.GetProperty("error").GetProperty("code").GetString();
}

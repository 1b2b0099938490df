using System.Net;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>GF-13: /users lists guests, disabled accounts, users without mail, rooms, shared mailboxes and resource
/// accounts, at most 999 a page; mailboxSettings.userPurpose tells rooms and shared mailboxes apart.</summary>
public sealed class Gf13DirectoryTests() : DirectorySimulatorTest(extraMembers: 2_000)
{
    [Fact]
    public async Task Gf13_Users_ListEveryKindOfDirectoryEntry999APage()
    {
        var pages = new List<System.Text.Json.JsonElement>();
        string? next = "/users?$select=id,mail,userType,accountEnabled,userPrincipalName&$top=999";
        while (next is not null)
        {
            var (response, body) = await Http.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages.Add(body);
            next = body.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        Assert.Equal([999, 999, 11], pages.Select(p => p.GetProperty("value").GetArrayLength()));
        var users = pages.SelectMany(p => p.GetProperty("value").EnumerateArray()).ToDictionary(u => u.GetProperty("id").GetString()!);
        Assert.Equal("Guest", users[DirectorySnapshot.Guest].GetProperty("userType").GetString());
        Assert.Contains("#EXT#", users[DirectorySnapshot.Guest].GetProperty("userPrincipalName").GetString());
        Assert.False(users[DirectorySnapshot.Disabled].GetProperty("accountEnabled").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, users[DirectorySnapshot.NoMail].GetProperty("mail").ValueKind);
        Assert.Contains(DirectorySnapshot.ResourceAccount, users.Keys);
    }

    [Fact]
    public async Task Gf13_TopAbove999_IsRefused()
    {
        var (response, body) = await Http.GetAsync("/users?$top=1000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("999", body.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Gf13_MailboxSettings_TellRoomsAndSharedMailboxesFromPeople()
    {
        var purposes = new Dictionary<string, string?>();
        foreach (var id in new[] { DirectorySnapshot.Member, DirectorySnapshot.Room, DirectorySnapshot.Shared, DirectorySnapshot.Disabled })
        {
            var (_, body) = await Http.GetAsync($"/users/{id}/mailboxSettings");
            purposes[id] = body.GetProperty("userPurpose").GetString();
        }

        var (resource, _) = await Http.GetAsync($"/users/{DirectorySnapshot.ResourceAccount}/mailboxSettings");

        Assert.Equal("user", purposes[DirectorySnapshot.Member]);
        Assert.Equal("room", purposes[DirectorySnapshot.Room]);
        Assert.Equal("shared", purposes[DirectorySnapshot.Shared]);
        Assert.Equal("user", purposes[DirectorySnapshot.Disabled]); // a disabled account keeps its mailbox
        Assert.Equal(HttpStatusCode.NotFound, resource.StatusCode);
    }
}

using System.Net;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

/// <summary>The user property <c>otherMails</c> (the user's other email addresses): loaded from <c>users.json</c> and
/// served as Graph serves it, only when <c>$select</c> names it, <c>[]</c> for a user without any.</summary>
public sealed class OtherMailsTests
{
    private const string Tess = "11111111-1111-1111-1111-111111111111";
    private const string Uma = "22222222-2222-2222-2222-222222222222";

    private static string Users(string tessOtherMails) => $$"""
        {"value":[
          {"id":"{{Tess}}","displayName":"Tess","mail":"tess@test.example","userPrincipalName":"tess@test.example"{{tessOtherMails}}},
          {"id":"{{Uma}}","displayName":"Uma","mail":"uma@test.example","userPrincipalName":"uma@test.example"}
        ]}
        """;

    [Fact]
    public async Task Users_OtherMailsSelected_ServedAsWrittenAndEmptyForAUserWithout()
    {
        using var snapshot = new SnapshotBuilder(users: false);
        File.WriteAllText(Path.Combine(snapshot.Path, "users.json"), Users(""","otherMails":["Tess.Home@mail.example","not an address"]"""));
        await using var sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = snapshot.Path });
        using var http = new GraphHttp(sim);

        var (response, body) = await http.GetAsync("/users?$select=id,mail,otherMails");
        var (_, single) = await http.GetAsync($"/users/{Tess}?$select=otherMails");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var users = body.GetProperty("value").EnumerateArray().ToDictionary(u => u.GetProperty("id").GetString()!);
        Assert.Equal(["Tess.Home@mail.example", "not an address"],
            users[Tess].GetProperty("otherMails").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(JsonValueKind.Array, users[Uma].GetProperty("otherMails").ValueKind);
        Assert.Equal(0, users[Uma].GetProperty("otherMails").GetArrayLength());
        Assert.Equal(2, single.GetProperty("otherMails").GetArrayLength());
    }

    [Fact]
    public async Task Users_NoSelect_OtherMailsNotServed()
    {
        using var snapshot = new SnapshotBuilder(users: false);
        File.WriteAllText(Path.Combine(snapshot.Path, "users.json"), Users(""","otherMails":["tess.home@mail.example"]"""));
        await using var sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = snapshot.Path });
        using var http = new GraphHttp(sim);

        var (_, list) = await http.GetAsync("/users");
        var (_, single) = await http.GetAsync($"/users/{Tess}");
        var (_, other) = await http.GetAsync($"/users/{Tess}?$select=id,mail");

        var tess = list.GetProperty("value").EnumerateArray().Single(u => u.GetProperty("id").GetString() == Tess);
        Assert.Equal("tess@test.example", tess.GetProperty("mail").GetString());
        Assert.False(tess.TryGetProperty("otherMails", out _));
        Assert.False(single.TryGetProperty("otherMails", out _));
        Assert.False(other.TryGetProperty("otherMails", out _));
    }

    [Fact]
    public void Load_OtherMails_KeptOnTheUserAndEmptyWhenAbsent()
    {
        using var snapshot = new SnapshotBuilder(users: false);
        File.WriteAllText(Path.Combine(snapshot.Path, "users.json"), Users(""","otherMails":["tess.home@mail.example"]"""));

        var users = SnapshotLoader.Load(snapshot.Path).Users.ToDictionary(u => u.Id);

        Assert.Equal(["tess.home@mail.example"], users[Tess].OtherMails);
        Assert.Empty(users[Uma].OtherMails);
    }

    [Theory]
    [InlineData(""","otherMails":"tess.home@mail.example" """)]
    [InlineData(""","otherMails":[42]""")]
    public void Load_OtherMailsNotAnArrayOfStrings_FormatErrorNamesTheUser(string otherMails)
    {
        using var snapshot = new SnapshotBuilder(users: false);
        File.WriteAllText(Path.Combine(snapshot.Path, "users.json"), Users(otherMails));

        var error = Assert.Throws<SnapshotFormatException>(() => SnapshotLoader.Load(snapshot.Path));

        Assert.Contains("users.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(Tess, error.Message, StringComparison.Ordinal);
        Assert.Contains("otherMails", error.Message, StringComparison.Ordinal);
    }
}

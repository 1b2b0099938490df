using System.Net;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

/// <summary><c>GET /groups</c> from the optional <c>groups.json</c>: the distribution lists a reader must tell from people.</summary>
public sealed class GroupsApiTests
{
    private const string Groups = """
        {"value":[
          {"id":"aaaaaaaa-0000-4000-8000-000000000001","displayName":"All staff","mail":"all@test.example","mailEnabled":true,"securityEnabled":false,"groupTypes":[],"proxyAddresses":["SMTP:all@test.example","smtp:everyone@test.example"]},
          {"id":"aaaaaaaa-0000-4000-8000-000000000002","displayName":"Admins","mail":null,"mailEnabled":false,"securityEnabled":true,"groupTypes":[]}
        ]}
        """;

    [Fact]
    public async Task Groups_MailEnabledFilter_OnlyTheLists()
    {
        using var snapshot = new SnapshotBuilder();
        File.WriteAllText(Path.Combine(snapshot.Path, "groups.json"), Groups);
        await using var sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = snapshot.Path });
        using var http = new GraphHttp(sim);

        var (all, allBody) = await http.GetAsync("/groups");
        var (_, lists) = await http.GetAsync("/groups?$filter=" + Uri.EscapeDataString("mailEnabled eq true") + "&$select=id,mail,proxyAddresses");
        var (other, otherBody) = await http.GetAsync("/groups?$filter=" + Uri.EscapeDataString("startswith(mail,'a')"));

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal(2, allBody.GetProperty("value").GetArrayLength());
        var list = Assert.Single(lists.GetProperty("value").EnumerateArray());
        Assert.Equal("all@test.example", list.GetProperty("mail").GetString());
        Assert.Equal(2, list.GetProperty("proxyAddresses").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal("Request_UnsupportedQuery", otherBody.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public void Load_GroupWithoutId_FormatErrorNamesTheFile()
    {
        using var snapshot = new SnapshotBuilder();
        File.WriteAllText(Path.Combine(snapshot.Path, "groups.json"), """{"value":[{"displayName":"x","mail":"x@test.example","mailEnabled":true}]}""");

        var error = Assert.Throws<SnapshotFormatException>(() => SnapshotLoader.Load(snapshot.Path));

        Assert.Contains("groups.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoGroupsFile_NoGroups()
    {
        using var snapshot = new SnapshotBuilder();

        Assert.Empty(SnapshotLoader.Load(snapshot.Path).Groups);
    }
}

using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

public sealed class SmokeTests
{
    [Fact]
    public async Task InboxDelta_WithSelect_ListsEveryInboxMessage()
    {
        await using var sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = TestPaths.Contoso });
        using var http = new GraphHttp(sim);
        var (items, deltaLink, pages) = await http.DeltaRoundAsync(
            $"/users/{TestPaths.AvaId}/mailFolders/inbox/messages/delta?$select=from,sentDateTime",
            "odata.maxpagesize=50",
            "IdType=\"ImmutableId\"");
        var expected = FixtureFacts.MessageIdsIn(TestPaths.Contoso, TestPaths.AvaId, "inbox");
        Assert.Equal(expected.Order(), items.Select(i => i.GetProperty("id").GetString()!).Order());
        Assert.StartsWith(sim.BaseUrl, deltaLink);
        Assert.True(pages > 1);
    }
}

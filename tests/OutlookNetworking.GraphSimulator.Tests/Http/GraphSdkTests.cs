using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

/// <summary>The real Microsoft Graph SDK against the simulator.</summary>
public sealed class GraphSdkTests
{
    [Fact]
    public async Task ListUsers_PageIteratorWithTopOne_VisitsEveryUser()
    {
        await using var sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = TestPaths.Contoso });
        var client = CreateClient(sim);

        var first = await client.Users.GetAsync(request =>
        {
            request.QueryParameters.Top = 1;
            request.QueryParameters.Select = ["id", "displayName", "mail", "department"];
        });
        var seen = new List<User>();
        var iterator = PageIterator<User, UserCollectionResponse>.CreatePageIterator(client, first!, user =>
        {
            seen.Add(user);
            return true;
        });
        await iterator.IterateAsync();

        Assert.Equal(["Ava Patel", "Ben Okafor", "Room 4.1"], seen.Select(u => u.DisplayName));
        Assert.Equal("Sales", seen[0].Department);
        Assert.True(sim.Control.RequestLog.Count(e => e.PathAndQuery.StartsWith("/v1.0/users", StringComparison.Ordinal)) >= 3);
    }

    [Fact]
    public async Task MessagesDelta_SdkFollowsNextLinks_ReachesDeltaLinkWithEveryInboxMessage()
    {
        await using var sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = TestPaths.Contoso });
        var client = CreateClient(sim);
        var ids = new List<string>();

        var page = await client.Users[TestPaths.AvaId].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(request =>
        {
            request.QueryParameters.Select = ["from", "toRecipients", "sentDateTime", "receivedDateTime", "conversationId", "parentFolderId"];
            request.Headers.Add("Prefer", "odata.maxpagesize=25");
            request.Headers.Add("Prefer", "IdType=\"ImmutableId\"");
        });
        var pages = 1;
        while (page!.OdataNextLink is { } next)
        {
            ids.AddRange(page.Value!.Select(m => m.Id!));
            page = await new DeltaRequestBuilder(next, client.RequestAdapter).GetAsDeltaGetResponseAsync(request =>
            {
                request.Headers.Add("Prefer", "odata.maxpagesize=25");
                request.Headers.Add("Prefer", "IdType=\"ImmutableId\"");
            });
            pages++;
        }

        ids.AddRange(page.Value!.Select(m => m.Id!));
        var deltaLink = page.OdataDeltaLink;

        Assert.StartsWith(sim.BaseUrl + "/users/", deltaLink);
        Assert.Equal(FixtureFacts.MessageIdsIn(TestPaths.Contoso, TestPaths.AvaId, "inbox").Order(), ids.Order());
        Assert.True(pages > 1);
        Assert.All(sim.Control.RequestLog, entry => Assert.True(entry.ImmutableIdRequested));
    }

    private static GraphServiceClient CreateClient(GraphSimulatorHost sim) =>
        new(new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(sim.RootUri.Host)), sim.BaseUrl);
}

using System.Text.Json;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>GF-10: rounds end with several empty pages that carry a next link before the delta link, and pages hold
/// fewer items than odata.maxpagesize asks for.</summary>
public sealed class Gf10EmptyPageTests : ContosoSimulatorTest
{
    private const string Immutable = "IdType=\"ImmutableId\"";
    private static readonly string InboxDelta = $"/users/{TestPaths.AvaId}/mailFolders/inbox/messages/delta?$select=from";

    [Fact]
    public async Task Gf10_RoundWithItems_EmptyPagesWithNextLinksComeBeforeTheDeltaLink()
    {
        var pages = await PagesAsync(InboxDelta, "odata.maxpagesize=1000");

        var inbox = FixtureFacts.MessageIdsIn(TestPaths.Contoso, TestPaths.AvaId, "inbox");
        Assert.Equal(inbox.Count, pages[0].Items);
        var tail = pages.Skip(1).ToList();
        Assert.True(tail.Count(p => p.Items == 0 && p.HasNext) >= 2, "many empty pages in a row");
        Assert.All(tail, p => Assert.Equal(0, p.Items));
        Assert.True(pages[^1].HasDelta);
    }

    [Fact]
    public async Task Gf10_PageSizeAskedFor_IsAnUpperBoundNotAPromise()
    {
        var pages = await PagesAsync(InboxDelta, "odata.maxpagesize=4");

        var withItems = pages.Where(p => p.Items > 0).ToList();
        Assert.All(pages, p => Assert.InRange(p.Items, 0, 4));
        Assert.Contains(withItems.SkipLast(1), p => p.Items < 4);
        Assert.Equal(FixtureFacts.MessageIdsIn(TestPaths.Contoso, TestPaths.AvaId, "inbox").Count, pages.Sum(p => p.Items));
    }

    [Fact]
    public async Task Gf10_RoundWithoutChanges_IsOnePageWithTheDeltaLink()
    {
        var (_, deltaLink, _) = await Http.DeltaRoundAsync(InboxDelta, "odata.maxpagesize=1000", Immutable);

        var pages = await PagesAsync(deltaLink, "odata.maxpagesize=1000");

        var page = Assert.Single(pages);
        Assert.True(page.HasDelta);
        Assert.Equal(0, page.Items);
    }

    private async Task<List<Page>> PagesAsync(string url, string prefer)
    {
        var pages = new List<Page>();
        string? next = url;
        while (next is not null)
        {
            var (_, body) = await Http.GetAsync(next, prefer, Immutable);
            var hasNext = body.TryGetProperty("@odata.nextLink", out var link);
            pages.Add(new Page(body.GetProperty("value").GetArrayLength(), hasNext, body.TryGetProperty("@odata.deltaLink", out _)));
            next = hasNext ? link.GetString() : null;
        }

        return pages;
    }

    private sealed record Page(int Items, bool HasNext, bool HasDelta);
}

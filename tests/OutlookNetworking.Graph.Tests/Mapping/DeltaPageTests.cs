using System.Text;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Graph.Mapping;

namespace OutlookNetworking.Graph.Tests.Mapping;

public sealed class DeltaPageTests
{
    private static Stream Body(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));

    [Fact]
    public async Task ReadAsync_Page_LinksKnownThenItemsMappedOnDemand()
    {
        using var page = await DeltaPageParser.ReadAsync(Body("""
            {"value":[{"id":"a","sentDateTime":"2025-06-10T18:00:00Z"},{"id":"b","@removed":{"reason":"deleted"}},{"id":"c"}],
             "@odata.nextLink":"https://graph.example/next"}
            """), CancellationToken.None);

        Assert.Equal("https://graph.example/next", page.NextLink);
        Assert.Null(page.DeltaLink);
        var mapped = page.Map(item => MessageMapper.Map(item, FolderKind.Inbox));
        Assert.Equal("a", Assert.Single(mapped.Upserts).Id);
        Assert.Equal(["b"], mapped.RemovedIds);
        Assert.Equal(1, mapped.Skipped["noDate"]);
        Assert.Equal("https://graph.example/next", mapped.NextLink);
    }

    [Theory]
    [InlineData("""{"value":[]}""")]
    [InlineData("""{"value":{},"@odata.deltaLink":"d"}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"value":[{"id":"a"}""")]
    public async Task ReadAsync_BrokenPage_ThrowsMalformed(string json) =>
        await Assert.ThrowsAsync<MalformedPageException>(() => DeltaPageParser.ReadAsync(Body(json), CancellationToken.None));
}

using System.Text;
using System.Text.Json;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Graph.Mapping;
using Xunit.Abstractions;

namespace OutlookNetworking.Graph.Tests.Fuzz;

/// <summary>
/// Fuzzes the delta page parser and the message and event mappers with seeded malformed items (missing fields,
/// nulls, wrong types, huge recipient lists, invalid and X500 addresses, out-of-range dates, unicode oddities,
/// 1 MB subjects): nothing throws, every bad item is skipped and counted, every good one is kept, in order.
/// </summary>
public sealed class MappingFuzzTests(ITestOutputHelper output)
{
    private const int Seeds = 10;
    private const int ItemsPerSeed = 400;
    private const int ItemsPerPage = 50;

    [Fact]
    public async Task ParseMessagePages_SeededMalformedItems_BadSkippedAndCountedGoodKept()
    {
        var (tried, kept, skipped) = (0, 0, 0);
        for (var seed = 1; seed <= Seeds; seed++)
        {
            foreach (var page in MalformedMessages.Generate(seed, ItemsPerSeed).Chunk(ItemsPerPage))
            {
                var result = await ParseAsync(page, item => MessageMapper.Map(item, FolderKind.Inbox));

                AssertOutcomes(page, result.Upserts.Select(m => m.Id).ToList(), result, seed);
                Assert.All(result.Upserts, m => Assert.True(m.To.Count + m.Cc.Count + m.Bcc.Count <= MessageMapper.MaxRecipients));
                tried += page.Length;
                kept += result.Upserts.Count;
                skipped += result.Skipped.Values.Sum();
            }
        }

        output.WriteLine($"messages: {tried} items tried, {kept} kept, {skipped} skipped and counted");
        Assert.Equal(Seeds * ItemsPerSeed, tried);
        Assert.True(kept > 0 && skipped > 0);
    }

    [Fact]
    public async Task ParseEventPages_SeededMalformedItems_BadSkippedAndCountedGoodKept()
    {
        var (tried, kept, skipped) = (0, 0, 0);
        for (var seed = 1; seed <= Seeds; seed++)
        {
            foreach (var page in MalformedEvents.Generate(seed, ItemsPerSeed).Chunk(ItemsPerPage))
            {
                var result = await ParseAsync(page, EventMapper.Map);

                AssertOutcomes(page, result.Upserts.Select(m => m.Meeting.Id).ToList(), result, seed);
                Assert.All(result.Upserts, m => Assert.True(m.Meeting.End >= m.Meeting.Start));
                tried += page.Length;
                kept += result.Upserts.Count;
                skipped += result.Skipped.Values.Sum();
            }
        }

        output.WriteLine($"events: {tried} items tried, {kept} kept, {skipped} skipped and counted");
        Assert.Equal(Seeds * ItemsPerSeed, tried);
        Assert.True(kept > 0 && skipped > 0);
    }

    [Fact]
    public async Task MapEveryItemAlone_SeededMalformedItems_NeverThrowsOutsideTheParser()
    {
        var tried = 0;
        foreach (var item in MalformedMessages.Generate(99, 600).Concat(MalformedEvents.Generate(99, 600)))
        {
            await using var page = FuzzPage.Write([item], last: true);
            var exception = await Record.ExceptionAsync(() => DeltaPageParser.ParseAsync(page,
                element => item.Id?.StartsWith('e') == true ? Erase(EventMapper.Map(element)) : Erase(MessageMapper.Map(element, FolderKind.Other)),
                CancellationToken.None));
            Assert.Null(exception);
            tried++;
        }

        output.WriteLine($"{tried} items mapped one page each");
        Assert.Equal(1200, tried);
    }

    [Theory]
    [InlineData("""{"value":[{"id":"a","sentDateTime":"2025-06-01T00:00:00Z"}],"@odata.deltaLink":"https://x""", "cut in the middle")]
    [InlineData("""{"value":{"id":"a"},"@odata.deltaLink":"https://x"}""", "value not an array")]
    [InlineData("""{"value":[]}""", "no link")]
    [InlineData("""[{"id":"a"}]""", "not an object")]
    [InlineData("", "empty body")]
    [InlineData("\u0000\u0001garbage", "binary")]
    public async Task ParsePage_MalformedPage_ThrowsMalformedPageNotAnythingElse(string body, string why)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));

        var exception = await Record.ExceptionAsync(() =>
            DeltaPageParser.ParseAsync(stream, item => MessageMapper.Map(item, FolderKind.Inbox), CancellationToken.None));

        Assert.True(exception is MalformedPageException, $"{why}: {exception?.GetType().Name ?? "no exception"}");
    }

    private static async Task<MappedPage<T>> ParseAsync<T>(IReadOnlyList<FuzzCase> cases, Func<JsonElement, MapResult<T>> map)
        where T : class
    {
        await using var body = FuzzPage.Write(cases, last: false);
        return await DeltaPageParser.ParseAsync(body, map, CancellationToken.None);
    }

    private static void AssertOutcomes<T>(IReadOnlyList<FuzzCase> page, IReadOnlyList<string> keptIds, MappedPage<T> result, int seed)
        where T : class
    {
        var expectedKept = page.Where(c => c.Outcome == FuzzOutcome.Keep).Select(c => c.Id!).ToList();
        var expectedRemoved = page.Where(c => c.Outcome == FuzzOutcome.Remove).Select(c => c.Id!).ToList();
        var expectedSkipped = page.Count(c => c.Outcome == FuzzOutcome.Skip);
        var lostGood = expectedKept.Except(keptIds, StringComparer.Ordinal).ToList();
        Assert.True(lostGood.Count == 0,
            $"seed {seed}: good items dropped: {string.Join(", ", lostGood.Select(id => page.First(c => c.Id == id).Mutation).Distinct())}");
        Assert.Equal(expectedKept, keptIds);
        Assert.Equal(expectedRemoved, result.RemovedIds);
        Assert.True(expectedSkipped == result.Skipped.Values.Sum(),
            $"seed {seed}: {expectedSkipped} bad items, {result.Skipped.Values.Sum()} skipped; mutations on the page: "
            + string.Join(", ", page.Where(c => c.Outcome == FuzzOutcome.Skip).Select(c => c.Mutation).Distinct()));
        Assert.Equal("https://graph.example/next", result.NextLink);
    }

    private static MapResult<object> Erase<T>(MapResult<T> result) where T : class =>
        new(result.Item, result.RemovedId, result.SkipReason);
}

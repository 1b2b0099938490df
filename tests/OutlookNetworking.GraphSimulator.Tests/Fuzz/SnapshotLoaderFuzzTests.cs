using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.GraphSimulator.Tests.Support;
using Xunit.Abstractions;

namespace OutlookNetworking.GraphSimulator.Tests.Fuzz;

/// <summary>
/// Fuzzes the snapshot loader with seeded malformed <c>.jsonl</c> lines (invalid and truncated JSON, missing
/// fields, nulls, wrong types, bad and out-of-order dates, unknown zones, duplicates, huge recipient lists, 1 MB
/// subjects, unicode oddities): the load never fails, each bad line is skipped and reported with its line
/// number, and each good one is kept.
/// </summary>
public sealed class SnapshotLoaderFuzzTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Load_SeededMalformedLines_BadSkippedWithLineNumbersGoodKept(int seed)
    {
        var messages = MalformedSnapshotLines.Messages(seed, 300).ToList();
        var events = MalformedSnapshotLines.Events(seed, 200).ToList();
        using var builder = new SnapshotBuilder()
            .Messages(messages.Select(l => l.Text).ToArray())
            .Events(events.Select(l => l.Text).ToArray());

        var report = SnapshotLoader.Load(builder.Path).LoadReport;

        Assert.Equal(messages.Count(l => l.Keep), report.MessagesByMailbox[SnapshotBuilder.UserId]);
        Assert.Equal(events.Count(l => l.Keep), report.EventsByMailbox[SnapshotBuilder.UserId]);
        Assert.Equal(BadLines(messages), report.Errors.Where(e => e.File.EndsWith("messages.jsonl", StringComparison.Ordinal)).Select(e => e.Line));
        Assert.Equal(BadLines(events), report.Errors.Where(e => e.File.EndsWith("events.jsonl", StringComparison.Ordinal)).Select(e => e.Line));
        Assert.Equal(messages.Count(l => !l.Keep) + events.Count(l => !l.Keep), report.SkippedLinesFor(SnapshotBuilder.UserId));
        Assert.All(report.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
        output.WriteLine($"seed {seed}: {messages.Count + events.Count} lines tried, "
                         + $"{report.MessagesByMailbox[SnapshotBuilder.UserId] + report.EventsByMailbox[SnapshotBuilder.UserId]} kept, {report.SkippedLines} skipped");
    }

    private static IEnumerable<int> BadLines(IReadOnlyList<FuzzLine> lines) =>
        lines.Select((line, index) => (line, index)).Where(x => !x.line.Keep).Select(x => x.index + 1);
}

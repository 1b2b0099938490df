using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Sync;

namespace OutlookNetworking.Web.Tests.Pipeline;

/// <summary>
/// Graph serves recurring meetings as masters, skeleton occurrences and exceptions (graph-fidelity GF-1, GF-2): the
/// relationships the product learns from a generated tenant in that shape equal those it learns from the same meetings
/// written out in full as single instances (<see cref="FlattenedSnapshot"/>), for every mailbox of the small tenant and
/// every story owner of the demo tenant; and a series deleted between two nights takes its meetings with it.
/// </summary>
public sealed class SeriesShapeEquivalenceTests
{
    [Fact]
    public async Task GraphShapedSeries_Gf01_Gf02_RelationshipsEqualTheSameMeetingsWrittenOutInFull()
    {
        var small = await RelationshipsAsync(GeneratedTenants.Small, null);
        var smallFlat = await RelationshipsAsync(FlattenedSnapshot.Write(GeneratedTenants.Small, "small-flat"), null);
        var owners = ExpectedOutcomes.Load(GeneratedTenants.Demo).Users.Keys.ToList();
        var demo = await RelationshipsAsync(GeneratedTenants.Demo, owners);
        var demoFlat = await RelationshipsAsync(FlattenedSnapshot.Write(GeneratedTenants.Demo, "demo-flat"), owners);

        Assert.True(small.Values.Sum(r => r.Count(c => !c.Contains(" meetings=0 ", StringComparison.Ordinal))) > 10, "the small tenant meets people");
        Assert.Equal(smallFlat.Keys.Order(), small.Keys.Order());
        Assert.All(small, pair => Assert.Equal(smallFlat[pair.Key], pair.Value));
        Assert.Equal(owners.Count, demo.Count);
        Assert.All(demo, pair => Assert.Equal(demoFlat[pair.Key], pair.Value));
    }

    [Fact]
    public async Task SeriesDeletedBetweenTwoNights_Gf02_ItsMeetingsGoWithIt()
    {
        var expected = ExpectedOutcomes.Load(GeneratedTenants.Demo);
        var deletion = Assert.Single(expected.BetweenNights.Take(1));
        await using var harness = await PipelineHarness.StartAsync(StorageProvider.Sqlite, GeneratedTenants.Demo);
        var mailbox = await harness.MailboxAsync(deletion.User);
        var key = new MailboxKey(harness.TenantId, mailbox.UserId);

        var (_, before) = await harness.Get<MailboxPipeline>().SyncAndAnalyzeAsync(key, CancellationToken.None);
        harness.Simulator.Control.DeleteSeries(mailbox.UserId.ToString(), deletion.SeriesMasterId);
        var (report, after) = await harness.Get<MailboxPipeline>().SyncAndAnalyzeAsync(key, CancellationToken.None);

        Assert.Equal(deletion.MeetingsBefore, MeetingsWith(before!, deletion.Contact));
        Assert.Equal(deletion.MeetingsAfter, MeetingsWith(after!, deletion.Contact));
        Assert.Equal(0, report!.Restarts);
    }

    private static int MeetingsWith(AnalysisResult result, string contact) =>
        result.Relationships.FirstOrDefault(r => string.Equals(r.ContactAddress, contact, StringComparison.OrdinalIgnoreCase))?.Meetings ?? 0;

    /// <summary>Per mailbox (all, or the given ones), what the analysis learnt of each contact, in a comparable form.</summary>
    private static async Task<Dictionary<string, List<string>>> RelationshipsAsync(string snapshot, IReadOnlyList<string>? only)
    {
        await using var harness = await PipelineHarness.StartAsync(StorageProvider.Sqlite, snapshot);
        var result = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var mailbox in await harness.MailboxesAsync())
        {
            if (only is not null && !only.Contains(mailbox.Mail!, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var (_, analysis) = await harness.Get<MailboxPipeline>()
                .SyncAndAnalyzeAsync(new MailboxKey(harness.TenantId, mailbox.UserId), CancellationToken.None);
            result[mailbox.Mail!] = [.. analysis!.Relationships
                .Select(r => $"{r.ContactAddress} days={r.ContactDays} sent={r.Sent} received={r.Received} meetings={r.Meetings} "
                             + $"first={r.FirstContact:O} last={r.LastContact:O} strength={r.Strength:F9} label={r.Label}")
                .Order(StringComparer.Ordinal)];
        }

        return result;
    }
}

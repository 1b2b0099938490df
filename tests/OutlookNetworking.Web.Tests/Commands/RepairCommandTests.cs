using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Cli.Commands;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Analysis;
using OutlookNetworking.Web.Features.Sync;
using OutlookNetworking.Web.Tests.Pipeline;

namespace OutlookNetworking.Web.Tests.Commands;

/// <summary><c>repair</c>: a from-scratch re-analysis of stored mailboxes, which mends result rows a night trusts.</summary>
public sealed class RepairCommandTests
{
    [Fact]
    public async Task Repair_RowsDamagedOutsideTheNight_ANightLeavesThem_RepairRebuildsThemFromScratch()
    {
        await using var harness = await PipelineHarness.StartAsync(StorageProvider.Sqlite, GeneratedTenants.Contoso);
        var ava = await harness.MailboxAsync("ava.patel@contoso.example");
        var key = new MailboxKey(harness.TenantId, ava.UserId);
        await harness.Get<MailboxPipeline>().SyncAndAnalyzeAsync(key, CancellationToken.None);
        var before = await ContactsAsync(harness, key);
        Assert.True(before.Count > 3, $"{before.Count} relationships");

        // Damage by hand: the night trusts its kept state and the digests of its rows, so it does not see it.
        await using (var db = harness.Get<IAppDbContextFactory>().CreateDbContext())
        {
            await db.Relationships.Where(r => r.TenantId == key.TenantId && r.UserId == key.UserId).ExecuteDeleteAsync();
        }

        var night = await harness.Get<MailboxAnalyzer>().RunAsync(key, fromScratch: false, CancellationToken.None);
        Assert.Null(night!.FromScratchBecause);
        Assert.Empty(await ContactsAsync(harness, key));

        var settings = Path.Combine(Path.GetTempPath(), $"repair-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(settings, JsonSerializer.Serialize(new
        {
            Storage = new { Provider = harness.Database.Options.Provider.ToString(), harness.Database.Options.ConnectionString },
        }));
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await CommandLine.RunAsync(
                ["repair", "--tenant", harness.TenantId.ToString(), "--user", ava.UserId.ToString(), "--settings", settings], output, error);

            Assert.True(exit == 0, error.ToString());
            Assert.Contains($"{ava.UserId}: re-analysed from scratch", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("repaired 1 mailbox(es)", output.ToString(), StringComparison.Ordinal);
            Assert.Equal(before, await ContactsAsync(harness, key));
        }
        finally
        {
            File.Delete(settings);
        }
    }

    [Fact]
    public async Task Repair_WithoutTenant_IsBadUsage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["repair", "--user", Guid.NewGuid().ToString()], output, error);

        Assert.Equal(2, exit);
        Assert.Contains(RepairCommand.Usage, error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<List<string>> ContactsAsync(PipelineHarness harness, MailboxKey key) =>
        [.. (await harness.Get<AnalysisStore>().GetRelationshipsAsync(key, null, CancellationToken.None)).Select(r => r.ContactAddress).Order(StringComparer.Ordinal)];
}

using System.Net;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Graph;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Tests.Jobs;

/// <summary>The directory's breadth (GF-13), lists and departed colleagues (GF-14) and subjects never asked for (GF-11),
/// through a whole night as Hangfire runs it.</summary>
public sealed class DirectoryFidelityNightTests
{
    [Fact]
    public async Task Night_Gf13_EveryKindOfDirectoryEntryPastOnePage_OnlyPeopleWithMailboxesQueued()
    {
        using var tenant = new WideDirectoryTenant(extraMembers: 1_100);
        await using var harness = await NightHarness.StartAsync(tenant.Path);

        await harness.Get<TenantNightJob>().RunAsync(harness.TenantId, "tenant", CancellationToken.None);

        var rows = (await harness.Get<MailboxStore>().ListAsync(harness.TenantId, CancellationToken.None)).ToDictionary(m => m.UserId.ToString());
        var queued = harness.Jobs.All.Where(j => j.Type == typeof(MailboxNightJob)).Select(j => j.Args[1].ToString()!).ToHashSet();
        var userPages = harness.Simulator.Control.RequestLog.Where(r => r.PathAndQuery.StartsWith("/v1.0/users?", StringComparison.Ordinal)).ToList();
        Assert.True(userPages.Count >= 2, "1,110 users come in pages of at most 999");
        Assert.Equal(1_100, rows.Values.Count(r => r.Mail.StartsWith("person", StringComparison.Ordinal)));
        Assert.True(rows[WideDirectoryTenant.Guest].IsGuest);
        Assert.False(rows.ContainsKey(WideDirectoryTenant.Dora)); // disabled: not a mailbox to serve
        Assert.False(rows.ContainsKey(WideDirectoryTenant.NoMail));
        Assert.Equal(MailboxPurpose.Room, rows[WideDirectoryTenant.Room].Purpose);
        Assert.Equal(MailboxPurpose.Shared, rows[WideDirectoryTenant.Shared].Purpose);
        Assert.Equal(MailboxAccess.NoExchangeMailbox, rows[WideDirectoryTenant.ResourceAccount].Access);
        Assert.Equal(MailboxAccess.NoExchangeMailbox, rows[WideDirectoryTenant.Unlicensed].Access);
        var people = rows.Values.Where(r => r.Mail.StartsWith("person", StringComparison.Ordinal)).Select(r => r.UserId.ToString())
            .Append(WideDirectoryTenant.Mia).Append(WideDirectoryTenant.Sam).Append(WideDirectoryTenant.Otto);
        Assert.Equal(people.Order(), queued.Order());
    }

    [Fact]
    public async Task Night_Gf14_MailToADynamicListAndFromADepartedColleague_ListIsNoPersonTheColleagueIsKept()
    {
        using var tenant = new WideDirectoryTenant();
        await using var harness = await NightHarness.StartAsync(tenant.Path);

        await harness.RunNightAsync();

        var mia = new MailboxKey(harness.TenantId, Guid.Parse(WideDirectoryTenant.Mia));
        var analyses = harness.Get<AnalysisStore>();
        var relationships = await analyses.GetRelationshipsAsync(mia, null, CancellationToken.None);
        var suggestions = await analyses.GetOpenSuggestionsAsync(mia, CancellationToken.None);
        Assert.Contains(relationships, r => r.ContactAddress == "sam@fabrikam.example");
        var dora = Assert.Single(relationships, r => r.ContactAddress == WideDirectoryTenant.DoraAddress);
        Assert.True(dora.IsInternal);
        Assert.DoesNotContain(relationships, r => r.ContactAddress == WideDirectoryTenant.DynamicList);
        Assert.DoesNotContain(suggestions, s => s.Suggestion.ContactAddress == WideDirectoryTenant.DynamicList);
        Assert.Contains(suggestions, s => s.Suggestion.ContactAddress == WideDirectoryTenant.DoraAddress);
    }

    [Fact]
    public async Task NightAndMorning_Gf11_NoRequestAsksForSubjectOrOmitsTheMessageSelect()
    {
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones);
        var start = harness.Clock.GetUtcNow();

        await harness.RunNightAsync();
        await harness.RunMorningsAsync(start.AddHours(30));

        var log = harness.Simulator.Control.RequestLog;
        Assert.NotEmpty(harness.Outbox);
        Assert.Contains(log, r => r.PathAndQuery.Contains("/messages/delta", StringComparison.Ordinal));
        Assert.Equal(0, harness.Simulator.Control.Counters.MetadataGuardRejections); // every message request named its fields
        foreach (var entry in log)
        {
            var query = WebUtility.UrlDecode(entry.PathAndQuery);
            Assert.DoesNotContain("subject", query, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("subject", GraphQueries.MessageFields, StringComparer.OrdinalIgnoreCase);
    }
}

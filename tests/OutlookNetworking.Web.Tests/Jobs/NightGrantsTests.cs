using Microsoft.Extensions.Logging;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Jobs;

/// <summary>Security review finding 1 (each night re-checks the grants): a tenant whose admin withdrew a required
/// application role is not synced and is reported; restored, it syncs again.</summary>
public sealed class NightGrantsTests
{
    [Fact]
    public async Task Night_RequiredRoleWithdrawn_NoMailboxSyncedReportedAtWarningWithoutPii_RestoredSyncsAgain()
    {
        var logs = new RecordingLogs();
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones, logs: logs);
        harness.GrantRoles([.. NightHarness.DefaultRoles.Where(r => r != "Mail.ReadBasic.All")]);

        await harness.RunNightAsync();

        Assert.DoesNotContain(harness.Jobs.All, j => j.Type == typeof(MailboxNightJob));
        var withdrawn = await harness.Get<TenantStore>().FindAsync(harness.TenantId, CancellationToken.None);
        Assert.Equal("Mail.ReadBasic.All", withdrawn!.GrantsMissing);
        Assert.Equal(harness.Clock.GetUtcNow(), withdrawn.GrantsCheckedAt);
        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("lacks required grants", StringComparison.Ordinal));
        Assert.Contains(harness.TenantId.ToString(), warning.Message, StringComparison.Ordinal);
        Assert.Contains("Mail.ReadBasic.All", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('@', warning.Message);
        Assert.DoesNotContain(harness.Simulator.Snapshot.Tenant.DisplayName, warning.Message, StringComparison.Ordinal);

        harness.GrantRoles(NightHarness.DefaultRoles);
        await harness.RunNightAsync();

        var people = (await harness.PeopleAsync()).Select(p => p.UserId).ToHashSet();
        var synced = harness.Jobs.All.Where(j => j.Type == typeof(MailboxNightJob)).Select(j => (Guid)j.Args[1]).ToHashSet();
        Assert.NotEmpty(people);
        Assert.Subset(synced, people);
        var restored = await harness.Get<TenantStore>().FindAsync(harness.TenantId, CancellationToken.None);
        Assert.Null(restored!.GrantsMissing);
    }

    [Fact]
    public async Task Night_TokenForAnotherTenant_NotRun()
    {
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones);
        harness.GrantRoles(NightHarness.DefaultRoles);
        var otherTenantsToken = NightHarness.AppToken(Guid.Parse("99999999-1111-4111-8111-999999999999"), NightHarness.DefaultRoles);
        harness.UseToken(otherTenantsToken);

        await harness.RunNightAsync();

        Assert.Empty(harness.Jobs.All);
        var tenant = await harness.Get<TenantStore>().FindAsync(harness.TenantId, CancellationToken.None);
        Assert.Equal(TenantGrantCheck.WrongTenant, tenant!.GrantsMissing);
    }
}

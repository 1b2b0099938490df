using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.Web.Features.Analysis;
using OutlookNetworking.Web.Features.DirectorySync;
using OutlookNetworking.Web.Tests.Pipeline;

namespace OutlookNetworking.Web.Tests.Sync;

/// <summary>The directory's distribution lists (Graph <c>/groups</c>, mail-enabled) reach the engine as noise, are never
/// synced as mailboxes, and survive a tenant that has not granted GroupMember.Read.All.</summary>
public sealed class DistributionListTests : IAsyncLifetime
{
    private PipelineHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await PipelineHarness.StartAsync(StorageProvider.Sqlite, GeneratedTenants.Small);

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private IReadOnlyList<string> ListsInSnapshot() =>
        _harness.Simulator.Snapshot.Groups.Where(g => g.MailEnabled).Select(g => g.Mail!.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();

    private async Task<IReadOnlyList<string>> ListsTheEngineGetsAsync()
    {
        var directory = _harness.Get<TenantDirectory>();
        directory.Invalidate(_harness.TenantId);
        return (await directory.GetAsync(_harness.TenantId, CancellationToken.None)).DistributionListAddresses
            .Select(a => a.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task DirectoryRefresh_MailEnabledGroups_ReachTheEngineAndAreNeverSynced()
    {
        var lists = ListsInSnapshot();
        var syncable = await _harness.MailboxesAsync();

        Assert.Contains(lists, l => l.StartsWith("all@", StringComparison.Ordinal));
        Assert.True(lists.Count >= 2, "the generator writes a list per team and the all-staff list");
        Assert.Equal(lists, await ListsTheEngineGetsAsync());
        Assert.DoesNotContain(syncable, m => lists.Contains(m.Mail));
        var all = await _harness.Get<MailboxStore>().ListAsync(_harness.TenantId, CancellationToken.None);
        Assert.All(all.Where(m => lists.Contains(m.Mail)), m => Assert.Equal(MailboxPurpose.DistributionList, m.Purpose));
    }

    [Fact]
    public async Task DirectoryRefresh_GroupsForbidden_ListsKeptAsLastKnownAndUsersStillRefreshed()
    {
        var lists = ListsInSnapshot();
        _harness.Simulator.Control.AddFaultRule(new FaultRule { Kind = FaultKind.Forbidden, Count = 10, PathContains = "/groups", Method = "GET" });

        var users = await _harness.Get<DirectoryRefresher>().RefreshAsync(_harness.TenantId, CancellationToken.None);

        Assert.Contains(_harness.Simulator.Control.RequestLog, r => r.PathAndQuery.Contains("/groups", StringComparison.Ordinal) && r.Status == 403);
        Assert.True(users > 0);
        Assert.Equal(lists, await ListsTheEngineGetsAsync());
        var all = await _harness.Get<MailboxStore>().ListAsync(_harness.TenantId, CancellationToken.None);
        Assert.All(all.Where(m => lists.Contains(m.Mail)), m => Assert.False(m.Removed));
    }

    [Fact]
    public async Task DirectoryRefresh_ListGoneFromTheDirectory_NoLongerNoise()
    {
        var lists = ListsInSnapshot();
        var gone = lists[0];
        var store = _harness.Get<MailboxStore>();
        var row = (await store.ListAsync(_harness.TenantId, CancellationToken.None)).Single(m => m.Mail == gone);
        var remaining = (await store.ListAsync(_harness.TenantId, CancellationToken.None))
            .Where(m => !m.Removed && m.UserId != row.UserId)
            .Select(m => new DirectoryUser(m.UserId, m.Mail, m.UserPrincipalName, m.DisplayName, MailboxStore.SplitAliases(m.Aliases), m.TimeZone, m.Purpose, m.IsGuest))
            .ToList();

        await store.UpsertDirectoryAsync(_harness.TenantId, remaining, CancellationToken.None);

        Assert.Equal(lists.Skip(1), await ListsTheEngineGetsAsync());
    }
}

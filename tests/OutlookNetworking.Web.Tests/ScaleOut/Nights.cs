using System.Diagnostics;
using Hangfire;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.Web.Features.DirectorySync;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Tests.ScaleOut;

/// <summary>Starting a tenant's night the way the product does (the TenantNightJob through Hangfire) and waiting for it.</summary>
internal static class Nights
{
    /// <summary>Records the snapshot's tenant as consented; returns its id.</summary>
    public static async Task<Guid> ConsentAsync(ProductHost host, TenantSnapshot snapshot, string? timeZone = null)
    {
        var tenantId = Guid.Parse(snapshot.Tenant.TenantId);
        await host.Get<TenantStore>().RecordConsentAsync(tenantId, snapshot.Tenant.DisplayName, snapshot.Tenant.Domains, timeZone,
            snapshot.Now!.Value, CancellationToken.None);
        return tenantId;
    }

    /// <summary>Reads the tenant's directory now (the night does it again) and returns the mailboxes a night syncs.</summary>
    public static async Task<IReadOnlyList<MailboxEntity>> ReadDirectoryAsync(ProductHost host, Guid tenantId)
    {
        await host.Get<DirectoryRefresher>().RefreshAsync(tenantId, CancellationToken.None);
        return await host.Get<MailboxStore>().ListSyncableAsync(tenantId, CancellationToken.None);
    }

    /// <summary>Queues the tenant's night through <paramref name="host"/>'s Hangfire client (as the recurring job would).</summary>
    public static string Enqueue(ProductHost host, Guid tenantId) =>
        host.Get<IBackgroundJobClient>().Enqueue<TenantNightJob>(job => job.RunAsync(tenantId, "night", CancellationToken.None));

    /// <summary>Waits until <paramref name="done"/> holds, polling; fails the test with <paramref name="describe"/> after the timeout.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> done, TimeSpan timeout, Func<string> describe)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s: {describe()}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits until no job is queued, running or scheduled for a retry, and at least <paramref name="expectedJobs"/> succeeded.</summary>
    public static Task WaitForQuietAsync(JobStorage storage, int expectedJobs, TimeSpan timeout) =>
        WaitUntilAsync(() => Task.FromResult(JobHistory.Outstanding(storage) == 0
                                             && storage.GetMonitoringApi().SucceededListCount() >= expectedJobs),
            timeout, () =>
            {
                var statistics = storage.GetMonitoringApi().GetStatistics();
                return $"enqueued {statistics.Enqueued}, processing {statistics.Processing}, scheduled {statistics.Scheduled}, " +
                       $"succeeded {statistics.Succeeded}, failed {statistics.Failed} (expected {expectedJobs} to succeed)";
            });
}

using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;

namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>
/// Removes the jobs waiting for a tenant (or one of its users) from Hangfire's storage: enqueued, scheduled (retries
/// included) and failed. Every job of the product takes the tenant id first and, when it is about a user, the user id
/// second. Deleted jobs move to Hangfire's Deleted state, which Hangfire expires after its job expiration timeout (one
/// day by default); their arguments are ids only.
/// </summary>
internal sealed class QueuedJobs(JobStorage storage)
{
    private const int PageSize = 500;

    /// <summary>Deletes the tenant's jobs (only the user's, when <paramref name="userId"/> is given); returns how many.</summary>
    public int Remove(Guid tenantId, Guid? userId)
    {
        var monitoring = storage.GetMonitoringApi();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var queue in monitoring.Queues())
        {
            Collect(ids, (from, count) => monitoring.EnqueuedJobs(queue.Name, from, count).Select(p => (p.Key, p.Value is { InEnqueuedState: true } ? p.Value.Job : null)).ToList(), tenantId, userId);
        }

        Collect(ids, (from, count) => monitoring.ScheduledJobs(from, count).Select(p => (p.Key, p.Value?.Job)).ToList(), tenantId, userId);
        Collect(ids, (from, count) => monitoring.FailedJobs(from, count).Select(p => (p.Key, p.Value?.Job)).ToList(), tenantId, userId);
        var client = new BackgroundJobClient(storage);
        return ids.Count(id => client.Delete(id));
    }

    private static void Collect(HashSet<string> ids, Func<int, int, List<(string Id, Hangfire.Common.Job? Job)>> page, Guid tenantId, Guid? userId)
    {
        for (var from = 0; ; from += PageSize)
        {
            var jobs = page(from, PageSize);
            ids.UnionWith(jobs.Where(j => Concerns(j.Job, tenantId, userId)).Select(j => j.Id));
            if (jobs.Count < PageSize)
            {
                return;
            }
        }
    }

    private static bool Concerns(Hangfire.Common.Job? job, Guid tenantId, Guid? userId) =>
        job is { Args.Count: > 0 } && job.Args[0] is Guid tenant && tenant == tenantId
        && (userId is null || (job.Args.Count > 1 && job.Args[1] is Guid user && user == userId));
}

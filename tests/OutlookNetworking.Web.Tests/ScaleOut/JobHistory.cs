using Hangfire;

namespace OutlookNetworking.Web.Tests.ScaleOut;

/// <summary>Reads what every job did from Hangfire's storage (the monitoring API, as the dashboard does).</summary>
internal static class JobHistory
{
    private const int Most = 100_000;

    /// <summary>Every job the storage knows in any state, with its history.</summary>
    public static IReadOnlyList<JobRun> All(JobStorage storage)
    {
        var monitoring = storage.GetMonitoringApi();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        ids.UnionWith(monitoring.SucceededJobs(0, Most).Select(j => j.Key));
        ids.UnionWith(monitoring.ProcessingJobs(0, Most).Select(j => j.Key));
        ids.UnionWith(monitoring.FailedJobs(0, Most).Select(j => j.Key));
        ids.UnionWith(monitoring.ScheduledJobs(0, Most).Select(j => j.Key));
        ids.UnionWith(monitoring.DeletedJobs(0, Most).Select(j => j.Key));
        foreach (var queue in monitoring.Queues())
        {
            ids.UnionWith(monitoring.EnqueuedJobs(queue.Name, 0, Most).Select(j => j.Key));
        }

        var runs = new List<JobRun>(ids.Count);
        foreach (var id in ids)
        {
            var details = monitoring.JobDetails(id);
            if (details is null)
            {
                continue;
            }

            var states = Enumerable.Reverse(details.History) // the monitoring API lists the newest state first
                .Select(h => new JobRunState(h.StateName, h.Data is not null && h.Data.TryGetValue("ServerId", out var server) ? server : null))
                .ToList();
            runs.Add(new JobRun(id, details.Job?.Type, details.Job?.Args.ToList() ?? [], states));
        }

        return runs;
    }

    /// <summary>Jobs waiting, running or due for a retry: the night is over when none are left.</summary>
    public static long Outstanding(JobStorage storage)
    {
        var statistics = storage.GetMonitoringApi().GetStatistics();
        return statistics.Enqueued + statistics.Processing + statistics.Scheduled;
    }

    /// <summary>Whether the server named <paramref name="serverName"/> runs a job right now (one it started after
    /// <paramref name="startedAfter"/>, when given).</summary>
    public static bool IsRunningJobsOn(JobStorage storage, string serverName, DateTime? startedAfter = null) =>
        storage.GetMonitoringApi().ProcessingJobs(0, Most)
            .Any(j => IsOn(j.Value.ServerId, serverName) && (startedAfter is null || j.Value.StartedAt > startedAfter));

    public static bool IsOn(string? serverId, string serverName) =>
        serverId?.StartsWith(serverName + ":", StringComparison.OrdinalIgnoreCase) == true;
}

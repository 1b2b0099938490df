using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Hosting.Operations;

/// <summary>Ready when this instance's Hangfire server is registered in the job storage with a recent heartbeat
/// (instances that run jobs: the roles all and worker).</summary>
internal sealed class JobServerReadyCheck(JobStorage storage, IOptions<JobsOptions> options, TimeProvider time) : IHealthCheck
{
    /// <summary>Hangfire beats every 30 s; three missed beats mean the server is stuck or gone.</summary>
    private static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(90);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // The name JobsExtensions gives the server; Hangfire adds ":" and a unique suffix.
        var name = string.IsNullOrWhiteSpace(options.Value.ServerName)
            ? $"{Environment.MachineName}:{Environment.ProcessId}"
            : options.Value.ServerName;
        var servers = await Task.Run(() => storage.GetMonitoringApi().Servers(), cancellationToken).WaitAsync(cancellationToken);
        var mine = servers.FirstOrDefault(s => s.Name.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase));
        if (mine is null)
        {
            return HealthCheckResult.Unhealthy($"the job server '{name}' is not running");
        }

        var now = time.GetUtcNow().UtcDateTime;
        return mine.Heartbeat is { } beat && now - beat > StaleAfter
            ? HealthCheckResult.Unhealthy($"the job server '{name}' has not beaten since {beat:O}")
            : HealthCheckResult.Healthy($"the job server '{name}' is running");
    }
}

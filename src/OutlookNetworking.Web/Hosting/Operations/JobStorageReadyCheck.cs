using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OutlookNetworking.Web.Hosting.Operations;

/// <summary>Ready when the job storage answers a query (Hangfire's API is synchronous: run off the request thread, given
/// up at the probe's timeout).</summary>
internal sealed class JobStorageReadyCheck(JobStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var servers = await Task.Run(() => storage.GetMonitoringApi().Servers().Count, cancellationToken).WaitAsync(cancellationToken);
        return HealthCheckResult.Healthy($"reachable ({servers} job server(s) registered)");
    }
}

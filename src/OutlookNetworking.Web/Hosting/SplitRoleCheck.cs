using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Hosting;

/// <summary>
/// Warns at start when an instance with the role web or worker keeps its jobs in memory: nothing it queues reaches
/// another instance, and nothing another instance queues reaches it. (Tests use a web host on in-memory jobs to keep
/// queued jobs from running, so this warns rather than refuses.)
/// </summary>
internal sealed partial class SplitRoleCheck(IOptions<AppOptions> app, IOptions<JobsOptions> jobs, ILogger<SplitRoleCheck> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (app.Value.Role != HostRole.All && jobs.Value.Storage != JobStorageKind.PostgreSql)
        {
            LogNotShared(logger, app.Value.Role);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "App:Role is {Role} but Hangfire:Storage is not PostgreSql: jobs stay in this process and are shared with no other instance (set Hangfire:Storage=PostgreSql to split web and worker, or run one instance with the role all)")]
    private static partial void LogNotShared(ILogger logger, HostRole role);
}

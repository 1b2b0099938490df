using Hangfire;
using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Features.Lifecycle;

/// <summary>Registers the nightly purge under its constant id once the host runs, trying again every minute while
/// the job storage is unavailable (a purge must not be forgotten, nor may a storage hiccup stop the host).</summary>
internal sealed partial class RetentionJobRegistration(
    IRecurringJobManager recurring, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionJobRegistration> logger)
    : BackgroundService
{
    internal void Register() =>
        recurring.AddOrUpdate<RetentionPurgeJob>(JobIds.RetentionPurge, job => job.RunAsync(CancellationToken.None),
            options.Value.PurgeCron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Register();
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRetrying(logger, ex);
                await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not register the retention purge job yet; trying again in a minute")]
    private static partial void LogRetrying(ILogger logger, Exception error);
}

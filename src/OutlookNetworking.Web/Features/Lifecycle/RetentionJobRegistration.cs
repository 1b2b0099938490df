using Hangfire;
using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Features.Lifecycle;

/// <summary>Registers the nightly purge under its constant id when the host starts.</summary>
internal sealed class RetentionJobRegistration(IRecurringJobManager recurring, IOptions<RetentionOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<RetentionPurgeJob>(JobIds.RetentionPurge, job => job.RunAsync(CancellationToken.None),
            options.Value.PurgeCron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

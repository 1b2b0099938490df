namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>Registers the recurring jobs when the host starts (storage is migrated by then).</summary>
internal sealed class RecurringJobsHostedService(RecurringJobsRegistrar registrar) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => registrar.RegisterAllAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

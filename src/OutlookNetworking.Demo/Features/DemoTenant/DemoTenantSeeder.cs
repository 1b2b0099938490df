using Hangfire;
using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Demo.Features.Auth;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Demo.Features.DemoTenant;

/// <summary>
/// At start-up in demo mode: moves stored sync links onto the simulator's current address (<see cref="DemoLinkRebaser"/>), records the simulated tenant as consented, registers its nightly job
/// and runs a first night now (a Hangfire job), so the product has something to show within seconds.
/// </summary>
internal sealed partial class DemoTenantSeeder(
    DemoEnvironment environment,
    TenantStore tenants,
    RecurringJobsRegistrar registrar,
    IBackgroundJobClient jobs,
    IOptions<DemoOptions> demo,
    IOptions<AppOptions> app,
    TimeProvider time,
    IAppDbContextFactory database,
    ILogger<DemoTenantSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await DemoLinkRebaser.RebaseStoredLinksAsync(database, environment.Simulator.BaseUrl, logger, cancellationToken);
        var info = environment.Snapshot.Tenant;
        var tenantId = Guid.Parse(info.TenantId);
        await tenants.RecordConsentAsync(tenantId, info.DisplayName, info.Domains, null, time.GetUtcNow(), cancellationToken);
        var tenant = await tenants.FindAsync(tenantId, cancellationToken);
        if (app.Value.Role == HostRole.Web || tenant is null)
        {
            return;
        }

        registrar.RegisterTenant(tenant);
        if (demo.Value.RunNightOnStart)
        {
            jobs.Enqueue<TenantNightJob>(job => job.RunAsync(tenantId, CancellationToken.None));
            LogSeeded(logger, info.DisplayName, environment.Simulator.BaseUrl);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo tenant {Tenant} served by the Graph simulator at {BaseUrl}; first night queued")]
    private static partial void LogSeeded(ILogger logger, string tenant, string baseUrl);
}

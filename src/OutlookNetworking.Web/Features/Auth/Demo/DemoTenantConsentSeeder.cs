using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Features.Consent;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Features.Auth.Demo;

/// <summary>In demo mode, records the simulated tenant as consented when the host starts.</summary>
internal sealed class DemoTenantConsentSeeder(
    IOptions<DemoOptions> demo, IServiceScopeFactory scopes, TimeProvider timeProvider) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!demo.Value.Enabled)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var tenantId = scope.ServiceProvider.GetRequiredService<IDemoDirectory>().TenantId;
        if (tenantId == Guid.Empty)
        {
            return;
        }

        await scope.ServiceProvider.GetRequiredService<ITenantConsentStore>()
            .RecordAsync(tenantId, timeProvider.GetUtcNow(), cancellationToken);
        scope.ServiceProvider.GetRequiredService<TenantConsentCache>().Invalidate(tenantId);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

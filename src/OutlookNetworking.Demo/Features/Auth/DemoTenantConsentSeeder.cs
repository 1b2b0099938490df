using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Features.Consent;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Demo.Features.Auth;

/// <summary>Records the simulated tenant as consented when the host starts.</summary>
internal sealed class DemoTenantConsentSeeder(
    IServiceScopeFactory scopes, TimeProvider timeProvider) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
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

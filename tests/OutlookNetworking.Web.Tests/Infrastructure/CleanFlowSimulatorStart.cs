using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutlookNetworking.Graph;
using OutlookNetworking.Web.Features.DemoTenant;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>
/// Starts the demo's Graph simulator on a clean execution context, before the demo environment's own post-configure
/// reads it. Started from the host's start-up flow (which carries WebApplicationFactory's hosting listener), the
/// simulator's WebApplication was now and then configured as a test server (no address: "Sequence contains no
/// elements" in GraphSimulatorHost.StartAsync) when hosts start in parallel; started here, never in dozens of runs.
/// </summary>
internal sealed class CleanFlowSimulatorStart(IServiceProvider services) : IPostConfigureOptions<GraphOptions>
{
    public void PostConfigure(string? name, GraphOptions options)
    {
        if (services.GetService<DemoEnvironment>() is not { } environment)
        {
            return;
        }

        using (ExecutionContext.SuppressFlow())
        {
            Task.Run(() => environment.Simulator).GetAwaiter().GetResult();
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Web.Hosting.Operations;

/// <summary>Ready when the database answers and has no pending migration (a release's <c>migrate</c> step ran).</summary>
internal sealed class DatabaseReadyCheck(IAppDbContextFactory factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = factory.CreateDbContext();
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("the database cannot be reached (Storage:ConnectionString)");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy("reachable and migrated")
            : HealthCheckResult.Unhealthy($"{pending} pending migration(s): run 'dotnet OutlookNetworking.Web.dll migrate'");
    }
}

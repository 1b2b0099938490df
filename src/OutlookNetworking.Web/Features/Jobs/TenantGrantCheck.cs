using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.Web.Features.Consent;
using OutlookNetworking.Web.Hosting.Operations;

namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>
/// Before a tenant's night syncs anything: the app-only token the sync will present must still be for the tenant and carry
/// every required Graph application role (<see cref="EnrolmentProof"/>, as at consent). The outcome is kept on the tenant's
/// row (<see cref="TenantEntity.GrantsMissing"/>, shown on /admin/manage); a tenant whose grants were withdrawn is logged
/// at Warning (its id and the missing role names, nothing personal) and counted (<c>outlooknetworking.nights.grants_missing</c>).
/// </summary>
internal sealed partial class TenantGrantCheck(
    IGraphAccessTokenSource tokens, TenantStore tenants, TimeProvider time, NightTelemetry telemetry, ILogger<TenantGrantCheck> logger)
{
    /// <summary>The tenant's token check mark for what the token lacks (<c>tid</c> for another tenant's token).</summary>
    public const string WrongTenant = "tid";

    /// <summary>True when the tenant's grants are all there.</summary>
    public async Task<bool> GrantedAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var proof = EnrolmentProof.Read(await tokens.GetTokenAsync(tenantId, cancellationToken), tenantId);
        string? missing = proof.Proven ? null : string.Join(",", proof.TenantMatches ? proof.MissingRoles : [WrongTenant, .. proof.MissingRoles]);
        await tenants.SetGrantsCheckAsync(tenantId, missing, time.GetUtcNow(), cancellationToken);
        if (missing is not null)
        {
            telemetry.GrantsMissing();
            LogWithdrawn(logger, tenantId, missing);
        }

        return missing is null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Night of tenant {TenantId} not run: its app-only token lacks required grants ({Missing}); no mailbox is synced until an administrator grants them again")]
    private static partial void LogWithdrawn(ILogger logger, Guid tenantId, string missing);
}

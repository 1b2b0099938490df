using Hangfire.Dashboard;
using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Features.Auth;

namespace OutlookNetworking.Web.Features.Admin;

/// <summary>The dashboard shows every tenant's jobs: besides the admin policy on the endpoint, the admin must belong
/// to <see cref="AdminOptions.OperatorTenantId"/> (any admin of a stand-in for Entra ID, the demo's; nobody when it is not set).</summary>
internal sealed class OperatorOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.User.Identity?.IsAuthenticated != true || !http.User.HasClaim(AdminPolicies.RoleClaim, AdminPolicies.Role))
        {
            return false;
        }

        var services = http.RequestServices;
        if (services.GetRequiredService<IOptions<AdminOptions>>().Value.OperatorTenantId is { } operatorTenant)
        {
            return AdminClaims.TenantId(http.User) == operatorTenant;
        }

        return services.GetService<IEntraIdStandIn>() is not null;
    }
}

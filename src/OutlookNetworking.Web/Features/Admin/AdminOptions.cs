namespace OutlookNetworking.Web.Features.Admin;

/// <summary>Configuration section <c>Admin</c>.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>The Entra ID tenant of whoever operates this deployment. Only its admins (app role
    /// <see cref="AdminPolicies.Role"/>) reach the Hangfire dashboard, which shows every tenant's jobs. Default none:
    /// nobody reaches it outside demo mode (where any signed-in demo admin does).</summary>
    public Guid? OperatorTenantId { get; set; }
}

using Microsoft.AspNetCore.Authorization;

namespace OutlookNetworking.Web.Features.Auth;

/// <summary>Why <see cref="ConsentedTenantRequirement"/> failed: the tenant has not granted admin consent.</summary>
internal sealed class TenantNotConsentedReason(IAuthorizationHandler handler, Guid tenantId)
    : AuthorizationFailureReason(handler, "The user's organisation has not granted admin consent.")
{
    public Guid TenantId { get; } = tenantId;
}

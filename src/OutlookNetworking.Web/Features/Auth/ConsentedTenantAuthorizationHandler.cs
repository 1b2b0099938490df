using Microsoft.AspNetCore.Authorization;
using OutlookNetworking.Web.Features.Consent;

namespace OutlookNetworking.Web.Features.Auth;

/// <summary>Succeeds <see cref="ConsentedTenantRequirement"/> when the token's tenant completed admin consent;
/// otherwise fails with <see cref="TenantNotConsentedReason"/> (answered as 403 tenant_not_consented).</summary>
internal sealed class ConsentedTenantAuthorizationHandler(TenantConsentCache consents, IHttpContextAccessor httpContextAccessor)
    : AuthorizationHandler<ConsentedTenantRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ConsentedTenantRequirement requirement)
    {
        var user = CurrentUser.FromPrincipal(context.User);
        if (user is null)
        {
            context.Fail(new AuthorizationFailureReason(this, "The token has no usable tid and oid claims."));
            return;
        }

        var ct = httpContextAccessor.HttpContext?.RequestAborted ?? CancellationToken.None;
        if (await consents.IsConsentedAsync(user.TenantId, ct))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new TenantNotConsentedReason(this, user.TenantId));
        }
    }
}

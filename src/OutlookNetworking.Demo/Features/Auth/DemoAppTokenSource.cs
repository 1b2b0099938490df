using Azure.Core;
using OutlookNetworking.Web.Features.Auth.AppTokens;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Demo.Features.Auth;

/// <summary>Demo mode's <see cref="IAppTokenSource"/>: app-only tokens minted by the local issuer, behaving as Entra ID
/// does. The stand-in's admin grants the product's permissions in one organisation, the simulated tenant; an
/// organisation already enrolled keeps its grants. In any other tenant the token is issued (the app's service
/// principal may exist there) but carries no roles, so a forged consent callback naming it fails as it does against
/// Entra ID.</summary>
internal sealed class DemoAppTokenSource(DemoTokenIssuer issuer, IDemoDirectory directory, ITenantConsentStore tenants) : IAppTokenSource
{
    public async Task<AccessToken> GetGraphTokenAsync(Guid tenantId, CancellationToken ct)
    {
        var granted = tenantId == directory.TenantId || await tenants.FindAsync(tenantId, ct) is not null;
        var token = issuer.CreateGraphAppToken(tenantId, granted);
        return new AccessToken(token.AccessToken, token.ExpiresOn);
    }
}

using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Features.Auth;
using OutlookNetworking.Web.Features.Consent.Storage;
using OutlookNetworking.Graph.Permissions;

namespace OutlookNetworking.Web.Features.Consent;

/// <summary>Starts an admin consent flow: a single-use state bound to this browser, and the Entra ID URL
/// <c>{Instance}organizations/v2.0/adminconsent?client_id=…&amp;scope=https://graph.microsoft.com/.default&amp;redirect_uri=…&amp;state=…</c>
/// (with a stand-in for Entra ID, the same query to its page on this site).</summary>
internal sealed class ConsentStarter(
    IConsentStateStore states, IOptions<ConsentOptions> consentOptions, IOptions<EntraIdOptions> entraOptions,
    TimeProvider timeProvider, IEntraIdStandIn? standIn = null)
{
    public async Task<string> StartAsync(HttpContext context, CancellationToken ct)
    {
        var options = consentOptions.Value;
        var nonce = ConsentBrowserBinding.GetOrCreateNonce(context, options.StateLifetime);
        var state = ConsentBrowserBinding.NewRandomValue();
        await states.AddAsync(state,
            new PendingConsentState(ConsentBrowserBinding.Hash(nonce), timeProvider.GetUtcNow() + options.StateLifetime), ct);

        var entra = entraOptions.Value;
        var endpoint = standIn is not null
            ? ConsentRoutes.Absolute(context.Request, options, standIn.AdminConsentPath)
            : entra.InstanceUri + "organizations/v2.0/adminconsent";
        return QueryHelpers.AddQueryString(endpoint,
            new Dictionary<string, string?>
            {
                ["client_id"] = entra.ClientId,
                ["scope"] = GraphPermissions.DefaultScope,
                ["redirect_uri"] = ConsentRoutes.Absolute(context.Request, options, ConsentRoutes.Callback),
                ["state"] = state,
            });
    }
}

using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Features.Admin;

namespace OutlookNetworking.Web.Hosting.Operations;

/// <summary>The admin sign-in's redirect URI from <c>App:PublicBaseUrl</c> (<c>{PublicBaseUrl}/signin-oidc</c>, the one
/// registered), not from the request the reverse proxy forwarded.</summary>
internal sealed class PublicRedirects(IOptions<AppOptions> app) : IPostConfigureOptions<OpenIdConnectOptions>
{
    public void PostConfigure(string? name, OpenIdConnectOptions options)
    {
        if (name != AdminPolicies.OpenIdConnectScheme || app.Value.PublicBaseUrl is not { Length: > 0 } publicBase)
        {
            return;
        }

        var redirectUri = publicBase.TrimEnd('/') + options.CallbackPath;
        var prior = options.Events.OnRedirectToIdentityProvider;
        options.Events.OnRedirectToIdentityProvider = async context =>
        {
            await prior(context);
            context.ProtocolMessage.RedirectUri = redirectUri;
        };
    }
}

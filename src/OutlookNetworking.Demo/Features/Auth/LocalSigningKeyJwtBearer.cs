using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OutlookNetworking.Web.Features.Auth;

namespace OutlookNetworking.Demo.Features.Auth;

/// <summary>
/// Points JwtBearer at one local signing key instead of Entra ID's metadata endpoint: a static OpenID Connect
/// configuration holding the key (and its JWKS), so nothing is fetched over the network. Issuer, audience and lifetime
/// validation stay Microsoft.Identity.Web's; an issuer other than the instance's v2.0 issuer for the token's own
/// <c>tid</c> is refused before that validator would fall back to downloading metadata. Used by the demo's local
/// issuer and by the tests' stand-in for Entra ID's keys.
/// </summary>
internal static class LocalSigningKeyJwtBearer
{
    public static void Apply(JwtBearerOptions options, EntraIdOptions entra, SecurityKey key)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = entra.IssuerTemplate };
        configuration.SigningKeys.Add(key);
        configuration.JsonWebKeySet = new JsonWebKeySet();
        configuration.JsonWebKeySet.Keys.Add(JsonWebKeyConverter.ConvertFromSecurityKey(key));
        options.Configuration = configuration;
        options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        options.TokenValidationParameters.ConfigurationManager = null;

        var microsoftIdentityWebValidator = options.TokenValidationParameters.IssuerValidator;
        options.TokenValidationParameters.IssuerValidator = (issuer, token, parameters) =>
        {
            var expected = token is JsonWebToken jwt && jwt.TryGetPayloadValue("tid", out string tid) && Guid.TryParse(tid, out var tenantId)
                ? entra.IssuerFor(tenantId)
                : null;
            if (microsoftIdentityWebValidator is null || !string.Equals(issuer, expected, StringComparison.Ordinal))
            {
                throw new SecurityTokenInvalidIssuerException("The token was not issued by the local issuer for its tenant.");
            }

            return microsoftIdentityWebValidator(issuer, token, parameters);
        };
    }
}

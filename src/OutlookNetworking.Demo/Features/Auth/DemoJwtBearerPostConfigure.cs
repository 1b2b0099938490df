using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OutlookNetworking.Web.Features.Auth;

namespace OutlookNetworking.Demo.Features.Auth;

/// <summary>
/// Replaces only where JwtBearer gets its signing keys: a static configuration holding the local
/// issuer's key instead of Entra ID's metadata endpoint, so nothing is fetched over the network. Issuer,
/// audience and lifetime validation stay Microsoft.Identity.Web's; an issuer other than the instance's v2.0 issuer
/// for the token's own <c>tid</c> is refused before that validator would fall back to downloading metadata.
/// </summary>
internal sealed class DemoJwtBearerPostConfigure(
    IOptions<EntraIdOptions> entra, IServiceProvider services)
    : IPostConfigureOptions<JwtBearerOptions>
{
    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        var key = services.GetRequiredService<DemoSigningKey>().Key;
        var configuration = new OpenIdConnectConfiguration { Issuer = entra.Value.IssuerTemplate };
        configuration.SigningKeys.Add(key);
        options.Configuration = configuration;
        options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        options.TokenValidationParameters.ConfigurationManager = null;

        var entraOptions = entra.Value;
        var microsoftIdentityWebValidator = options.TokenValidationParameters.IssuerValidator;
        options.TokenValidationParameters.IssuerValidator = (issuer, token, parameters) =>
        {
            var expected = token is JsonWebToken jwt && jwt.TryGetPayloadValue("tid", out string tid) && Guid.TryParse(tid, out var tenantId)
                ? entraOptions.IssuerFor(tenantId)
                : null;
            if (microsoftIdentityWebValidator is null || !string.Equals(issuer, expected, StringComparison.Ordinal))
            {
                throw new SecurityTokenInvalidIssuerException("The token was not issued by the local issuer for its tenant.");
            }

            return microsoftIdentityWebValidator(issuer, token, parameters);
        };
    }
}

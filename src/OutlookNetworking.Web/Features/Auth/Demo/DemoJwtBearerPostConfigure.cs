using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace OutlookNetworking.Web.Features.Auth.Demo;

/// <summary>
/// In demo mode, replaces only where JwtBearer gets its signing keys: a static configuration holding the local
/// issuer's key instead of Entra ID's metadata endpoint, so nothing is fetched over the network. Issuer,
/// audience and lifetime validation stay Microsoft.Identity.Web's; an issuer outside the configured instance
/// is refused before that validator could try to download metadata.
/// </summary>
internal sealed class DemoJwtBearerPostConfigure(
    IOptions<DemoOptions> demo, IOptions<EntraIdOptions> entra, IServiceProvider services)
    : IPostConfigureOptions<JwtBearerOptions>
{
    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme || !demo.Value.Enabled)
        {
            return;
        }

        var key = services.GetRequiredService<DemoSigningKey>().Key;
        var configuration = new OpenIdConnectConfiguration { Issuer = entra.Value.IssuerTemplate };
        configuration.SigningKeys.Add(key);
        options.Configuration = configuration;
        options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        options.TokenValidationParameters.ConfigurationManager = null;

        var instance = entra.Value.InstanceUri.ToString();
        var microsoftIdentityWebValidator = options.TokenValidationParameters.IssuerValidator;
        options.TokenValidationParameters.IssuerValidator = (issuer, token, parameters) =>
        {
            if (!issuer.StartsWith(instance, StringComparison.OrdinalIgnoreCase) || microsoftIdentityWebValidator is null)
            {
                throw new SecurityTokenInvalidIssuerException("The token was not issued by the configured instance.");
            }

            return microsoftIdentityWebValidator(issuer, token, parameters);
        };
    }
}

using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OutlookNetworking.Web.Features.Auth;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>
/// A test-only stand-in for Entra ID's signing keys, for the production host (<see cref="ProductionTestHost"/>): one RSA
/// key per host, published to JwtBearer as the OpenID Connect metadata Entra ID's endpoint would serve (its JWKS), so
/// the production validation (Microsoft.Identity.Web's issuer and audience checks, <c>ver</c>, <c>azp</c>, the consented
/// tenant) runs unchanged on <see cref="TestTokens"/>' tokens and nothing is fetched over the network. It is no demo issuer:
/// it signs nothing on request and answers no route.
/// </summary>
public sealed class TestIssuer : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestIssuer()
    {
        var key = new RsaSecurityKey(_rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        Key = key;
        Credentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
    }

    public SecurityKey Key { get; }

    public SigningCredentials Credentials { get; }

    public void Dispose() => _rsa.Dispose();

    /// <summary>Points the host's JwtBearer at <paramref name="issuer"/>'s key (registered after the host's own post-configures).</summary>
    internal sealed class JwtBearerPostConfigure(TestIssuer issuer, IOptions<EntraIdOptions> entra) : IPostConfigureOptions<JwtBearerOptions>
    {
        public void PostConfigure(string? name, JwtBearerOptions options)
        {
            if (name != JwtBearerDefaults.AuthenticationScheme)
            {
                return;
            }

            var configuration = new OpenIdConnectConfiguration { Issuer = entra.Value.IssuerTemplate };
            configuration.SigningKeys.Add(issuer.Key);
            configuration.JsonWebKeySet = new JsonWebKeySet();
            configuration.JsonWebKeySet.Keys.Add(JsonWebKeyConverter.ConvertFromSecurityKey(issuer.Key));
            options.Configuration = configuration;
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            options.TokenValidationParameters.ConfigurationManager = null;

            // Microsoft.Identity.Web's issuer validator downloads Entra ID's metadata for an issuer it does not know: refuse
            // those first (as Entra ID's own metadata would), so a wrong-issuer token never reaches the network.
            var entraOptions = entra.Value;
            var productionValidator = options.TokenValidationParameters.IssuerValidator;
            options.TokenValidationParameters.IssuerValidator = (actual, token, parameters) =>
            {
                var expected = token is JsonWebToken jwt && jwt.TryGetPayloadValue("tid", out string tid) && Guid.TryParse(tid, out var tenantId)
                    ? entraOptions.IssuerFor(tenantId)
                    : null;
                if (productionValidator is null || !string.Equals(actual, expected, StringComparison.Ordinal))
                {
                    throw new SecurityTokenInvalidIssuerException("The token was not issued by Entra ID for its tenant.");
                }

                return productionValidator(actual, token, parameters);
            };
        }
    }
}

using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OutlookNetworking.Demo.Features.Auth;
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

    /// <summary>Points the host's JwtBearer at <paramref name="issuer"/>'s key (registered after the host's own post-configures),
    /// with the demo's <see cref="LocalSigningKeyJwtBearer"/>: the production validation, nothing fetched over the network.</summary>
    internal sealed class JwtBearerPostConfigure(TestIssuer issuer, IOptions<EntraIdOptions> entra) : IPostConfigureOptions<JwtBearerOptions>
    {
        public void PostConfigure(string? name, JwtBearerOptions options)
        {
            if (name == JwtBearerDefaults.AuthenticationScheme)
            {
                LocalSigningKeyJwtBearer.Apply(options, entra.Value, issuer.Key);
            }
        }
    }
}

using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutlookNetworking.Web.Features.Consent;
using OutlookNetworking.Graph.Permissions;
using OutlookNetworking.Web.Features.Auth;

namespace OutlookNetworking.Demo.Features.Auth;

/// <summary>
/// Mints tokens shaped like Entra ID's v2.0 access tokens (issuer <c>https://login.microsoftonline.com/{tid}/v2.0</c>,
/// <c>aud</c> the API's client id, <c>scp</c> access_as_user, <c>tid</c>, <c>oid</c>, <c>preferred_username</c>,
/// <c>name</c>), signed with <see cref="DemoSigningKey"/>, so they pass the same JwtBearer validation as real ones.
/// Token times use the real clock (<see cref="TimeProvider.System"/>), not the app's <see cref="TimeProvider"/>:
/// JwtBearer checks lifetimes against the real clock, while demo mode's app clock reads the tenant snapshot's instant.
/// </summary>
public sealed class DemoTokenIssuer(DemoSigningKey signingKey, IOptions<EntraIdOptions> entra, IOptions<DemoOptions> demo)
{
    private static readonly JsonWebTokenHandler Handler = new();
    private static readonly TimeProvider TokenClock = TimeProvider.System;

    /// <summary>A delegated token for the API, as the task pane would get from Entra ID.</summary>
    public DemoToken CreateUserToken(Guid tenantId, DemoUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new Dictionary<string, object>
        {
            ["tid"] = tenantId.ToString("D"),
            ["oid"] = user.Id.ToString("D"),
            ["sub"] = user.Id.ToString("N"),
            ["preferred_username"] = user.UserPrincipalName,
            ["name"] = user.DisplayName,
            ["scp"] = AuthPolicies.ApiScope,
            ["azp"] = entra.Value.ClientId,
            ["ver"] = "2.0",
        };
        return Mint(entra.Value.IssuerFor(tenantId), entra.Value.ClientId, claims);
    }

    /// <summary>An app-only token for Microsoft Graph in <paramref name="tenantId"/>, carrying the app roles an admin
    /// grants at consent when <paramref name="granted"/> (what the demo's Graph simulator receives), none otherwise.</summary>
    public DemoToken CreateGraphAppToken(Guid tenantId, bool granted = true)
    {
        var claims = new Dictionary<string, object>
        {
            ["tid"] = tenantId.ToString("D"),
            ["oid"] = entra.Value.ClientId,
            ["sub"] = entra.Value.ClientId,
            ["appid"] = entra.Value.ClientId,
            ["idtyp"] = "app",
            ["roles"] = granted ? GraphPermissions.Requested.Select(p => p.Name).ToArray() : Array.Empty<string>(),
        };
        var issuer = string.Create(CultureInfo.InvariantCulture, $"https://sts.windows.net/{tenantId:D}/");
        return Mint(issuer, "https://graph.microsoft.com", claims);
    }

    private DemoToken Mint(string issuer, string audience, Dictionary<string, object> claims)
    {
        var now = TokenClock.GetUtcNow();
        var expires = now + demo.Value.TokenLifetime;
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = signingKey.Credentials,
        });
        return new DemoToken(token, expires);
    }
}

using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutlookNetworking.Demo.Features.Auth;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>Mints the token of each <see cref="TokenCase"/>, written from Entra ID's v2.0 access token format
/// (not from the app's own issuer), signed with the host's local key unless the case says otherwise.</summary>
public static class TestTokens
{
    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>The token for <paramref name="tokenCase"/>, or null for <see cref="TokenCase.NoToken"/>.</summary>
    public static string? For(ITestTokenHost host, TokenCase tokenCase)
    {
        var credentials = host.TokenSigning;
        var now = DateTimeOffset.UtcNow;
        return tokenCase switch
        {
            TokenCase.NoToken => null,
            TokenCase.Owner => Mint(credentials, TestIds.HomeTenant, TestIds.Ava, now),
            TokenCase.Expired => Mint(credentials, TestIds.HomeTenant, TestIds.Ava, now.AddHours(-3)),
            TokenCase.NotYetValid => Mint(credentials, TestIds.HomeTenant, TestIds.Ava, now.AddHours(2)),
            TokenCase.WrongAudience => Mint(credentials, TestIds.HomeTenant, TestIds.Ava, now, audience: "api://someone-else"),
            TokenCase.WrongIssuerHost => Mint(credentials, TestIds.HomeTenant, TestIds.Ava, now,
                issuer: $"https://login.evil.example/{TestIds.HomeTenant:D}/v2.0"),
            TokenCase.IssuerOfAnotherTenant => Mint(credentials, TestIds.HomeTenant, TestIds.Ava, now,
                issuer: $"https://login.microsoftonline.com/{TestIds.OtherConsentedTenant:D}/v2.0"),
            TokenCase.WrongSignature => Mint(ForeignKey(credentials.Key.KeyId), TestIds.HomeTenant, TestIds.Ava, now),
            TokenCase.NoSignature => Mint(null, TestIds.HomeTenant, TestIds.Ava, now),
            TokenCase.MissingScope => Mint(credentials, TestIds.HomeTenant, TestIds.Ava, now, scope: "User.Read"),
            TokenCase.OtherUserSameTenant => Mint(credentials, TestIds.HomeTenant, TestIds.Ben, now),
            TokenCase.OtherTenant => Mint(credentials, TestIds.OtherConsentedTenant, TestIds.Carol, now),
            TokenCase.UnconsentedTenant => Mint(credentials, TestIds.UnconsentedTenant, TestIds.Dan, now),
            _ => throw new ArgumentOutOfRangeException(nameof(tokenCase), tokenCase, null),
        };
    }

    /// <summary>A valid token for <paramref name="user"/> of <paramref name="tenantId"/>.</summary>
    public static string Valid(ITestTokenHost host, Guid tenantId, DemoUser user) =>
        Mint(host.TokenSigning, tenantId, user, DateTimeOffset.UtcNow);

    /// <summary>A token for Ava of the home tenant, signed with the host's key, with <paramref name="changes"/> applied to its
    /// claims (a null value removes the claim) and, when given, another issuer.</summary>
    public static string Custom(ITestTokenHost host, IReadOnlyDictionary<string, object?> changes, string? issuer = null) =>
        Mint(host.TokenSigning, TestIds.HomeTenant, TestIds.Ava, DateTimeOffset.UtcNow,
            issuer: issuer, changes: changes);

    private static string Mint(SigningCredentials? credentials, Guid tenantId, DemoUser user, DateTimeOffset issuedAt,
        string? issuer = null, string audience = TestIds.ClientId, string scope = "access_as_user",
        IReadOnlyDictionary<string, object?>? changes = null)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? $"https://login.microsoftonline.com/{tenantId:D}/v2.0",
            Audience = audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = issuedAt.AddHours(1).UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                ["tid"] = tenantId.ToString("D"),
                ["oid"] = user.Id.ToString("D"),
                ["sub"] = user.Id.ToString("N"),
                ["preferred_username"] = user.UserPrincipalName,
                ["name"] = user.DisplayName,
                ["scp"] = scope,
                ["ver"] = "2.0",
                ["azp"] = TestIds.ClientId,
            },
        };
        foreach (var (claim, value) in changes ?? new Dictionary<string, object?>())
        {
            if (value is null)
            {
                descriptor.Claims.Remove(claim);
            }
            else
            {
                descriptor.Claims[claim] = value;
            }
        }

        if (credentials is not null)
        {
            descriptor.SigningCredentials = credentials;
        }

        return Handler.CreateToken(descriptor);
    }

    /// <summary>Another RSA key that claims the host key's id: a forged signature, not just an unknown key.</summary>
    private static SigningCredentials ForeignKey(string keyId)
    {
        var key = new RsaSecurityKey(RSA.Create(2048));
        key.KeyId = keyId;
        return new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
    }
}

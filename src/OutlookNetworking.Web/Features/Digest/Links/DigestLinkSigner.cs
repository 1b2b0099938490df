using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace OutlookNetworking.Web.Features.Digest.Links;

/// <summary>
/// Signs and reads the one-click links of a digest with ASP.NET Core Data Protection (authenticated
/// encryption; keys shared by every instance through the store), one purpose per action. The expiry is
/// inside the protected payload and checked against the injected <see cref="TimeProvider"/>, so an
/// expired link is told apart from a tampered one and tests can move the clock.
/// </summary>
public sealed class DigestLinkSigner(IDataProtectionProvider protection, IOptions<DigestOptions> options, TimeProvider time)
{
    private const string Version = "v1";

    /// <summary>A URL-safe token for <paramref name="action"/> on <paramref name="suggestionKey"/> (null for unsubscribe).</summary>
    public string Sign(DigestLinkAction action, Guid tenantId, Guid userId, string? suggestionKey)
    {
        var expires = time.GetUtcNow() + options.Value.LinkLifetime;
        var linkId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var text = string.Join('|', Version, linkId, tenantId.ToString("N"), userId.ToString("N"), suggestionKey ?? "-",
            expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return Protector(action).Protect(text);
    }

    /// <summary>Reads a token of <paramref name="action"/>; the payload only when <see cref="DigestLinkCheck.Valid"/>.</summary>
    public DigestLinkCheck Read(DigestLinkAction action, string? token, out DigestLinkPayload? payload)
    {
        payload = null;
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return DigestLinkCheck.Tampered;
        }

        string text;
        try
        {
            text = Protector(action).Unprotect(token);
        }
        catch (CryptographicException)
        {
            return DigestLinkCheck.Tampered;
        }

        var parts = text.Split('|');
        if (parts.Length != 6 || parts[0] != Version || parts[1].Length != 32
            || !Guid.TryParseExact(parts[2], "N", out var tenantId) || !Guid.TryParseExact(parts[3], "N", out var userId)
            || !long.TryParse(parts[5], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return DigestLinkCheck.Tampered;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (time.GetUtcNow() >= expires)
        {
            return DigestLinkCheck.Expired;
        }

        payload = new DigestLinkPayload(parts[1], tenantId, userId, parts[4] == "-" ? null : parts[4], expires);
        return DigestLinkCheck.Valid;
    }

    private IDataProtector Protector(DigestLinkAction action) =>
        protection.CreateProtector("OutlookNetworking.DigestLink", action.ToString());
}

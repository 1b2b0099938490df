using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace OutlookNetworking.Web.Features.Consent;

/// <summary>
/// Binds consent flows to the browser that started them: a random nonce in an HttpOnly, SameSite=Lax cookie
/// (Secure over HTTPS), scoped to the consent paths. The server keeps only its SHA-256 beside each state, so a
/// state copied into another browser is refused. Lax still sends the cookie on Entra ID's top-level redirect back.
/// </summary>
internal static class ConsentBrowserBinding
{
    public const string CookieName = "on_consent_binding";
    private const int NonceBytes = 32;

    /// <summary>The browser's nonce (reused while its cookie lives, so two tabs can each start a flow), refreshed
    /// to live for <paramref name="lifetime"/>.</summary>
    public static string GetOrCreateNonce(HttpContext context, TimeSpan lifetime)
    {
        var nonce = ReadNonce(context.Request) ?? NewRandomValue();
        context.Response.Cookies.Append(CookieName, nonce, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = context.Request.PathBase + ConsentRoutes.Page,
            MaxAge = lifetime,
            IsEssential = true,
        });
        return nonce;
    }

    public static string? ReadNonce(HttpRequest request) =>
        request.Cookies.TryGetValue(CookieName, out var value) && IsWellFormed(value) ? value : null;

    public static void Clear(HttpContext context) =>
        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = context.Request.PathBase + ConsentRoutes.Page });

    public static byte[] Hash(string nonce) => SHA256.HashData(Encoding.UTF8.GetBytes(nonce));

    /// <summary>A 256-bit random value, base64url: a nonce or a state.</summary>
    public static string NewRandomValue() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(NonceBytes));

    private static bool IsWellFormed(string? value) =>
        value is { Length: 43 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

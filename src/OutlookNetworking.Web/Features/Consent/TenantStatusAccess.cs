using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace OutlookNetworking.Web.Features.Consent;

/// <summary>
/// Who may open <c>/admin/tenants/{tenantId}</c>: the browser that completed consent for that tenant, through a
/// data-protected HttpOnly cookie naming the tenant and an expiry (<see cref="ConsentOptions.StatusAccessLifetime"/>).
/// Any other request gets 404, so the page does not reveal which organisations use the app. An admin who comes
/// back later runs consent again (idempotent) to reach the page.
/// </summary>
internal sealed class TenantStatusAccess(IDataProtectionProvider dataProtection, IOptions<ConsentOptions> options, TimeProvider timeProvider)
{
    public const string CookieName = "on_tenant_status";
    private readonly IDataProtector _protector = dataProtection.CreateProtector("OutlookNetworking.Consent.TenantStatusAccess.v1");

    public void Grant(HttpContext context, Guid tenantId)
    {
        var lifetime = options.Value.StatusAccessLifetime;
        var expires = timeProvider.GetUtcNow() + lifetime;
        var payload = tenantId.ToString("N") + "|" + expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        context.Response.Cookies.Append(CookieName, _protector.Protect(payload), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = context.Request.PathBase + "/admin/tenants",
            MaxAge = lifetime,
            IsEssential = true,
        });
    }

    public bool IsGranted(HttpRequest request, Guid tenantId)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var cookie) || string.IsNullOrEmpty(cookie))
        {
            return false;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(cookie);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }

        var parts = payload.Split('|');
        return parts.Length == 2
            && Guid.TryParseExact(parts[0], "N", out var granted) && granted == tenantId
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresUnix)
            && DateTimeOffset.FromUnixTimeSeconds(expiresUnix) > timeProvider.GetUtcNow();
    }
}

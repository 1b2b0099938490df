using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Web.Features.Consent;

/// <summary>The admin consent URLs.</summary>
public static class ConsentRoutes
{
    public const string Page = "/admin/consent";
    public const string Start = "/admin/consent/start";
    public const string Callback = "/admin/consent/callback";
    public const string TenantStatusTemplate = "/admin/tenants/{tenantId:guid}";
    public const string Tombstone = "/admin/consent/offboarded";
    public const string Stylesheet = "/admin/assets/admin.css";

    public static string TenantStatus(Guid tenantId) => "/admin/tenants/" + tenantId.ToString("D");

    /// <summary>The absolute URL of <paramref name="path"/> on this site. With <see cref="ConsentOptions.RedirectUri"/>
    /// configured, the callback is that URI verbatim and other paths share its base; otherwise
    /// <c>App:PublicBaseUrl</c>; without either, the request's own scheme, host and path base.</summary>
    public static string Absolute(HttpRequest request, ConsentOptions options, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        if (options.RedirectUri is { Length: > 0 } configured)
        {
            if (path == Callback)
            {
                return configured;
            }

            var siteBase = configured.EndsWith(Callback, StringComparison.OrdinalIgnoreCase)
                ? configured[..^Callback.Length]
                : new Uri(configured).GetLeftPart(UriPartial.Authority);
            return siteBase + path;
        }

        // Behind a reverse proxy the request's scheme and host are the proxy's business: the public origin decides.
        if (request.HttpContext.RequestServices.GetService<IOptions<AppOptions>>()?.Value.PublicBaseUrl is { Length: > 0 } publicBase)
        {
            return publicBase.TrimEnd('/') + path;
        }

        return $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{path}";
    }
}

using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Web.Features.Consent;

/// <summary>Admin consent flow settings, bound from the "Consent" section.</summary>
public sealed class ConsentOptions
{
    public const string SectionName = "Consent";

    /// <summary>How long a started consent flow stays valid (its single-use <c>state</c>). Default: 10 minutes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan StateLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The absolute callback URL registered as a Web redirect URI of the app registration, e.g.
    /// https://networking.contoso.com/admin/consent/callback. Default: null, derived from the request
    /// (behind a reverse proxy, set it or enable forwarded headers).</summary>
    [Url]
    public string? RedirectUri { get; set; }

    /// <summary>How long the browser that completed consent may open its tenant's status page. Default: 8 hours.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan StatusAccessLifetime { get; set; } = TimeSpan.FromHours(8);
}

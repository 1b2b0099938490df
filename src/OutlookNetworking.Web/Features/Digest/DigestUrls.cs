using OutlookNetworking.Web.Features.Digest.Links;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>The product's own URLs a digest links to, absolute on the public base URL.</summary>
internal sealed class DigestUrls(string baseUrl)
{
    private readonly string _base = baseUrl.TrimEnd('/');

    public string Home => _base + "/";

    /// <summary>The confirmation page of a signed link: <c>/digest/links/{action}?t=…</c>.</summary>
    public string Action(DigestLinkAction action, string token) => $"{_base}{DigestRoutes.Link(action)}?t={Uri.EscapeDataString(token)}";
}

using OutlookNetworking.Web.Features.Digest.Links;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>The digest's routes.</summary>
public static class DigestRoutes
{
    public const string Preview = "/digest/preview";

    public const string LinkPattern = "/digest/links/{action}";

    public static string Link(DigestLinkAction action) => "/digest/links/" + action.ToString().ToLowerInvariant();
}

namespace OutlookNetworking.Web.Features.Digest.Links;

/// <summary>The verdict on a link's token.</summary>
public enum DigestLinkCheck
{
    Valid,

    /// <summary>Not signed by us for this action (edited, truncated, made up, or a link of another kind).</summary>
    Tampered,

    /// <summary>Signed by us, but past its lifetime.</summary>
    Expired,
}

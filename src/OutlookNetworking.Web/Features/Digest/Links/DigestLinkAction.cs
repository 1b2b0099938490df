namespace OutlookNetworking.Web.Features.Digest.Links;

/// <summary>What a signed digest link does. Each has its own data-protection purpose, so a link for one
/// cannot be replayed as another.</summary>
public enum DigestLinkAction
{
    /// <summary>Marks the suggestion done.</summary>
    Done,

    /// <summary>Hides the suggestion for a week.</summary>
    Snooze,

    /// <summary>Hides the suggestion for good (until its situation changes).</summary>
    Dismiss,

    /// <summary>Turns the user's digest off.</summary>
    Unsubscribe,
}

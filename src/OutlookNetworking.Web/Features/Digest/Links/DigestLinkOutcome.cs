namespace OutlookNetworking.Web.Features.Digest.Links;

/// <summary>What a link's page shows: its state (confirm, done, or why not), title and message, and the HTTP status.</summary>
public sealed record DigestLinkOutcome(string State, string Title, string Message, int StatusCode)
{
    public bool CanConfirm => State == "confirm";
}

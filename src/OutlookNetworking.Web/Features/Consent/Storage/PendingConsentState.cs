namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>A consent flow in progress: the browser binding it belongs to and when it expires.</summary>
/// <param name="BrowserBindingHash">SHA-256 of the browser's binding nonce (the cookie holds the nonce itself).</param>
/// <param name="ExpiresAt">After this instant the state is refused.</param>
public sealed record PendingConsentState(byte[] BrowserBindingHash, DateTimeOffset ExpiresAt);

namespace OutlookNetworking.Web.Features.Digest.Links;

/// <summary>What a signed digest link carries: a random id (single use), whose it is, which suggestion
/// (none for <see cref="DigestLinkAction.Unsubscribe"/>), and until when it works.</summary>
public sealed record DigestLinkPayload(
    string LinkId,
    Guid TenantId,
    Guid UserId,
    string? SuggestionKey,
    DateTimeOffset ExpiresAt);

namespace OutlookNetworking.Web.Features.Me;

/// <summary><c>GET /api/me</c>: who the signed-in user is to the product.</summary>
/// <param name="Addresses">Every address of the user (primary, aliases, sign-in name), lower case, for the pane to
/// leave the user out of the people on an email.</param>
/// <param name="OptedOut">The user deleted their data and opted out; the other figures then come from the token.</param>
/// <param name="LastAnalysedAt">When the user's mailbox was last analysed; null before the first analysis.</param>
public sealed record MeResponse(
    string DisplayName,
    string Mail,
    IReadOnlyList<string> Addresses,
    Guid TenantId,
    string? TimeZone,
    DigestSettingsResponse Digest,
    bool OptedOut,
    DateTime? LastAnalysedAt);

namespace OutlookNetworking.Web.Features.Me;

/// <summary>The user's morning digest: on or off, and the local hour (0-23) it is sent.</summary>
public sealed record DigestSettingsResponse(bool Enabled, int Hour);

namespace OutlookNetworking.Web.Features.Me;

/// <summary><c>PUT /api/me/digest</c>: both fields are required.</summary>
/// <param name="Hour">The local hour (0-23) of the morning digest.</param>
public sealed record DigestRequest(bool? Enabled, int? Hour);

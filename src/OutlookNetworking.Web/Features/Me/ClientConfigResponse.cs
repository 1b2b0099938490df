namespace OutlookNetworking.Web.Features.Me;

/// <summary><c>GET /api/config</c>: how the task pane signs in (public values only).</summary>
/// <param name="ApiScope">The delegated scope to request: the Application ID URI + <c>/access_as_user</c>.</param>
/// <param name="Authority">The Entra ID authority, e.g. <c>https://login.microsoftonline.com/organizations</c>.</param>
/// <param name="Demo">Demo mode: tokens come from <c>/demo/token</c>, not Entra ID.</param>
public sealed record ClientConfigResponse(string ClientId, string ApiScope, string Authority, bool Demo);

namespace OutlookNetworking.Demo.Features.Auth;

/// <summary>A token minted by the local issuer. Serialised as <c>{"accessToken":"…","expiresOn":"…"}</c>.</summary>
public sealed record DemoToken(string AccessToken, DateTimeOffset ExpiresOn);

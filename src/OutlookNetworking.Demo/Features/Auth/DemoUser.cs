namespace OutlookNetworking.Demo.Features.Auth;

/// <summary>A user of the simulated tenant who can sign in to the demo.</summary>
/// <param name="Id">The user's object id (the token's <c>oid</c>).</param>
/// <param name="UserPrincipalName">The sign-in name (the token's <c>preferred_username</c>).</param>
public sealed record DemoUser(Guid Id, string UserPrincipalName, string DisplayName, string? Mail);

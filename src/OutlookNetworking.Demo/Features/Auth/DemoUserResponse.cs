namespace OutlookNetworking.Demo.Features.Auth;

/// <summary>One entry of <c>GET /demo/users</c>.</summary>
public sealed record DemoUserResponse(Guid Id, string Upn, string DisplayName, string? Mail);

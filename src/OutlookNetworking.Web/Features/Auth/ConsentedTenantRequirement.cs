using Microsoft.AspNetCore.Authorization;

namespace OutlookNetworking.Web.Features.Auth;

/// <summary>The token's tenant (<c>tid</c>) completed admin consent for this application.</summary>
public sealed class ConsentedTenantRequirement : IAuthorizationRequirement;

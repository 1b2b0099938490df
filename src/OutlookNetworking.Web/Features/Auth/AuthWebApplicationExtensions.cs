using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using OutlookNetworking.Web.Features.Auth.AppTokens;
using OutlookNetworking.Web.Features.Consent;

namespace OutlookNetworking.Web.Features.Auth;

/// <summary>
/// Sign-in and tenant gating for the host: Microsoft.Identity.Web validates bearer tokens for the API's own scope
/// (section "AzureAd", multi-tenant), the <see cref="AuthPolicies.ApiUser"/> policy also requires a consented tenant,
/// a stand-in for Entra ID registered before this (<see cref="IEntraIdStandIn"/>, the demo host's) brings its own issuer
/// and app token source, and the admin consent flow (section "Consent") is registered.
/// </summary>
public static class AuthWebApplicationExtensions
{
    public static WebApplicationBuilder AddOutlookNetworkingAuth(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddHttpContextAccessor();

        services.AddOptions<EntraIdOptions>()
            .BindConfiguration(EntraIdOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(builder.Configuration, EntraIdOptions.SectionName);
        services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, ApiJwtBearerPostConfigure>();
        // Token times are on the real clock, as JwtBearer checks them (not the app's TimeProvider, a snapshot in demo mode).
        services.AddSingleton(_ => new ValidatedTokenCache(TimeProvider.System));
        services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, ValidatedTokenCacheJwtBearerPostConfigure>();

        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.ApiUser, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireScope(AuthPolicies.ApiScope)
                .AddRequirements(new ConsentedTenantRequirement()));
        services.AddScoped<IAuthorizationHandler, ConsentedTenantAuthorizationHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemDetailsAuthorizationResultHandler>();

        services.AddSingleton<EntraAppTokenSource>();
        services.TryAddSingleton<IAppTokenSource>(sp => sp.GetRequiredService<EntraAppTokenSource>()); // a stand-in's comes first

        services.AddConsentFlow();
        return builder;
    }

    /// <summary>Authentication, then the rate limiter (it keys on the signed-in user, and counts requests authorisation
    /// refuses), then authorisation.</summary>
    public static WebApplication UseOutlookNetworkingAuth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}

using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Web.Features.Security.Keys;

namespace OutlookNetworking.Web.Features.Security;

/// <summary>
/// Hostile-client defences besides the headers: per-user and per-client rate limits (section <c>RateLimits</c>),
/// request size limits (section <c>RequestLimits</c>), antiforgery for cookie-authenticated forms, and data
/// protection keys kept in the store (shared by instances, surviving restarts), encrypted at rest with a certificate
/// (section <c>DataProtection</c>).
/// </summary>
public static class SecurityExtensions
{
    /// <summary>The data protection application name: the same on every instance, so they share keys.</summary>
    public const string ApplicationName = "OutlookNetworking";

    public static WebApplicationBuilder AddOutlookNetworkingSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ApiRateLimitOptions>().BindConfiguration(ApiRateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddApiRateLimiting();

        var limits = builder.Configuration.GetSection(RequestLimitsOptions.SectionName).Get<RequestLimitsOptions>() ?? new RequestLimitsOptions();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = limits.MaxRequestBodyBytes;
            o.ValueLengthLimit = (int)Math.Min(int.MaxValue, limits.MaxRequestBodyBytes);
            o.ValueCountLimit = 64;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "on-antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddDataProtection().SetApplicationName(ApplicationName).ProtectKeysAtRest(builder);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
            o.XmlRepository = new StoreXmlRepository(sp.GetRequiredService<IAppDbContextFactory>())));
        services.Replace(ServiceDescriptor.Singleton<ISecretProtector, DataProtectionSecrets>()); // app_secrets (opt-out HMAC key)
        return builder;
    }

    /// <summary>After authentication and authorisation (<see cref="Auth.AuthWebApplicationExtensions.UseOutlookNetworkingAuth"/>
    /// puts the rate limiter between the two): size limits, antiforgery.</summary>
    public static WebApplication UseOutlookNetworkingSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseAntiforgery();
        return app;
    }
}

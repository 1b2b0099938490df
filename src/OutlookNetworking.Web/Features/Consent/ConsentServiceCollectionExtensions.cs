namespace OutlookNetworking.Web.Features.Consent;

/// <summary>Registers the admin consent flow. Its stores (<c>Consent/Storage</c> interfaces) are the product's store and
/// Hangfire (<see cref="Tenants.TenantsServiceCollectionExtensions.AddStoreBackedConsent"/>).</summary>
internal static class ConsentServiceCollectionExtensions
{
    public static IServiceCollection AddConsentFlow(this IServiceCollection services)
    {
        services.AddOptions<ConsentOptions>()
            .BindConfiguration(ConsentOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRazorComponents();
        services.AddDataProtection();
        services.AddMemoryCache();

        services.AddSingleton<TenantConsentMemory>();
        services.AddScoped<TenantConsentCache>();
        services.AddScoped<ConsentStarter>();
        services.AddScoped<ConsentCallbackProcessor>();
        services.AddSingleton<TenantStatusAccess>();
        return services;
    }
}

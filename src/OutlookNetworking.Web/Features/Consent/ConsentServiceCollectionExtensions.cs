using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Features.Consent;

/// <summary>Registers the admin consent flow. Storage-backed implementations registered by the storage layer
/// (before or after this call) replace the in-memory defaults.</summary>
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

        services.TryAddSingleton<ITenantConsentStore, InMemoryTenantConsentStore>();
        services.TryAddSingleton<IConsentStateStore, InMemoryConsentStateStore>();
        services.TryAddSingleton<IConsentAuditLog, InMemoryConsentAuditLog>();
        services.TryAddSingleton<IFirstSyncScheduler, LoggingFirstSyncScheduler>();
        services.TryAddSingleton<ITenantSyncStatusReader, NotYetSyncedStatusReader>();

        services.AddSingleton<TenantConsentMemory>();
        services.AddScoped<TenantConsentCache>();
        services.AddScoped<ConsentStarter>();
        services.AddScoped<ConsentCallbackProcessor>();
        services.AddSingleton<TenantStatusAccess>();
        return services;
    }
}

using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Features.Tenants;

public static class TenantsServiceCollectionExtensions
{
    /// <summary>Backs the consent flow with the product's store and Hangfire.</summary>
    public static IServiceCollection AddStoreBackedConsent(this IServiceCollection services)
    {
        services.AddSingleton<ITenantConsentStore, StoreTenantConsentStore>();
        services.AddSingleton<IConsentStateStore, StoreConsentStateStore>();
        services.AddSingleton<IConsentAuditLog, StoreConsentAuditLog>();
        services.AddSingleton<ITenantSyncStatusReader, StoreTenantSyncStatusReader>();
        services.AddSingleton<IFirstSyncScheduler, HangfireFirstSyncScheduler>();
        return services;
    }
}

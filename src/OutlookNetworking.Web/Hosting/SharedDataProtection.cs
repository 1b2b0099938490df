using Microsoft.AspNetCore.DataProtection;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Web.Hosting;

/// <summary>
/// One data-protection key ring for every instance: kept in the store (table <c>data_protection_keys</c>) under
/// one application name, so a cookie or signed link issued by one web instance is read by any other (behind a
/// load balancer), and keys survive restarts and redeployments. Without this each instance keeps its own keys
/// in its user profile and names the application after its content folder.
/// </summary>
internal static class SharedDataProtection
{
    public const string ApplicationName = "OutlookNetworking";

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services)
    {
        // The key repository resolves a context per operation from a scope.
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<IAppDbContextFactory>().CreateDbContext());
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>();
        return services;
    }
}

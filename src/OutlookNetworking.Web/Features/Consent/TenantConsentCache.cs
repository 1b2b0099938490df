using Microsoft.Extensions.Caching.Memory;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Features.Consent;

/// <summary>
/// Answers "did this tenant consent?" for every API request without a storage round trip each time.
/// A consented tenant is remembered for <see cref="ConsentedLifetime"/>, an unknown one for the shorter
/// <see cref="NotConsentedLifetime"/>; a consent recorded by this process clears the entry at once. The answers live in
/// <see cref="TenantConsentMemory"/>, bounded to <see cref="TenantConsentMemory.MaxTenants"/> tenants (any Entra ID
/// tenant's users can present tokens, so the tenants asked about are not ours to choose).
/// </summary>
public sealed class TenantConsentCache(ITenantConsentStore store, TenantConsentMemory memory)
{
    /// <summary>How long a consented tenant is trusted without asking storage again. Default: 5 minutes.</summary>
    public static readonly TimeSpan ConsentedLifetime = TimeSpan.FromMinutes(5);

    /// <summary>How long a "not consented" answer is reused. Default: 30 seconds, so a tenant consented
    /// through another instance is served within half a minute.</summary>
    public static readonly TimeSpan NotConsentedLifetime = TimeSpan.FromSeconds(30);

    public async ValueTask<bool> IsConsentedAsync(Guid tenantId, CancellationToken ct)
    {
        var key = CacheKey(tenantId);
        if (memory.Cache.TryGetValue(key, out bool consented))
        {
            return consented;
        }

        consented = await store.FindAsync(tenantId, ct) is not null;
        memory.Cache.Set(key, consented, new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = consented ? ConsentedLifetime : NotConsentedLifetime,
        });
        return consented;
    }

    /// <summary>Forgets what is known about <paramref name="tenantId"/> (after consent was recorded or the tenant offboarded).</summary>
    public void Invalidate(Guid tenantId) => memory.Cache.Remove(CacheKey(tenantId));

    private static string CacheKey(Guid tenantId) => "consented-tenant:" + tenantId.ToString("N");
}

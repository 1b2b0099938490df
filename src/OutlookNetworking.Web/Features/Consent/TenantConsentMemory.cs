using Microsoft.Extensions.Caching.Memory;

namespace OutlookNetworking.Web.Features.Consent;

/// <summary>The process's memory of <see cref="TenantConsentCache"/>'s answers: at most <see cref="MaxTenants"/> tenants;
/// past it the cache compacts (expired entries first, then the least recently used).</summary>
public sealed class TenantConsentMemory : IDisposable
{
    /// <summary>Most tenants remembered at once. 10,000.</summary>
    public const int MaxTenants = 10_000;

    public MemoryCache Cache { get; } = new(new MemoryCacheOptions { SizeLimit = MaxTenants });

    public void Dispose() => Cache.Dispose();
}

using OutlookNetworking.Web.Features.Consent;
using OutlookNetworking.Web.Features.Consent.Storage;
using OutlookNetworking.Web.Tests.Infrastructure.Consent;

namespace OutlookNetworking.Web.Tests.Security;

/// <summary>Finding 3 of the security review: caches keyed by what a caller chooses grew without bound.</summary>
public sealed class BoundedCacheTests
{
    [Fact]
    public async Task TenantConsentCache_MoreTenantsThanItsBound_KeepsAtMostTenThousand()
    {
        using var memory = new TenantConsentMemory();
        var cache = new TenantConsentCache(new InMemoryTenantConsentStore(), memory);

        for (var i = 0; i < 10_500; i++)
        {
            Assert.False(await cache.IsConsentedAsync(Guid.NewGuid(), CancellationToken.None));
        }

        Assert.Equal(10_000, TenantConsentMemory.MaxTenants);
        Assert.InRange(memory.Cache.Count, 1, 10_000);
    }
}

using System.Collections.Concurrent;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Tests.Infrastructure.Consent;

/// <summary>Process-local <see cref="ITenantConsentStore"/> for tests.</summary>
public sealed class InMemoryTenantConsentStore : ITenantConsentStore
{
    private readonly ConcurrentDictionary<Guid, ConsentedTenant> _tenants = new();

    public ValueTask<ConsentedTenant?> FindAsync(Guid tenantId, CancellationToken ct) =>
        ValueTask.FromResult(_tenants.TryGetValue(tenantId, out var tenant) ? tenant : null);

    public ValueTask<ConsentRecordResult> RecordAsync(Guid tenantId, DateTimeOffset consentedAt, CancellationToken ct)
    {
        var candidate = new ConsentedTenant(tenantId, consentedAt);
        var stored = _tenants.GetOrAdd(tenantId, candidate);
        return ValueTask.FromResult(new ConsentRecordResult(stored, ReferenceEquals(stored, candidate)));
    }
}

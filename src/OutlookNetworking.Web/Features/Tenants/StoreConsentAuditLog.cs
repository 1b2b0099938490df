using OutlookNetworking.Data.Audit;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Features.Tenants;

/// <summary>Consent outcomes in the durable audit log.</summary>
internal sealed class StoreConsentAuditLog(AuditLog audit) : IConsentAuditLog
{
    public Task AppendAsync(ConsentAuditEntry entry, CancellationToken ct) =>
        audit.AppendAsync(entry.TenantId, "admin-consent", "consent." + entry.Outcome.ToString().ToLowerInvariant(),
            entry.Error is null ? entry.Detail : $"{entry.Error}: {entry.Detail}", ct);
}

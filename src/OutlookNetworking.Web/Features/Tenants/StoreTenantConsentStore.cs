using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Features.Tenants;

/// <summary>Consented tenants, kept in the product's store.</summary>
internal sealed class StoreTenantConsentStore(TenantStore tenants, MailboxStore mailboxes) : ITenantConsentStore
{
    public async ValueTask<ConsentedTenant?> FindAsync(Guid tenantId, CancellationToken ct) =>
        await tenants.FindAsync(tenantId, ct) is { } t ? new ConsentedTenant(t.TenantId, t.ConsentedAt) : null;

    public async ValueTask<ConsentRecordResult> RecordAsync(Guid tenantId, DateTimeOffset consentedAt, CancellationToken ct)
    {
        var existing = await tenants.FindAsync(tenantId, ct);
        var created = existing is null && await tenants.RecordConsentAsync(tenantId, "", [], null, consentedAt, ct);
        if (existing is not null)
        {
            // Consent granted again: the app's permissions or scope may have changed, so every mailbox that was out of
            // scope is tried again at the next night (graph-fidelity GF-12).
            await mailboxes.ResetOutOfScopeAsync(tenantId, ct);
        }

        var record = await tenants.FindAsync(tenantId, ct)
                     ?? throw new InvalidOperationException("The tenant record vanished while it was being recorded.");
        return new ConsentRecordResult(new ConsentedTenant(record.TenantId, record.ConsentedAt), created);
    }
}

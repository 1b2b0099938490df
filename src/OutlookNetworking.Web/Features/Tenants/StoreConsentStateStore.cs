using OutlookNetworking.Data.Consent;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Features.Tenants;

/// <summary>Consent states in the shared store, so a callback can land on any instance.</summary>
internal sealed class StoreConsentStateStore(ConsentStateStore states) : IConsentStateStore
{
    public Task AddAsync(string state, PendingConsentState pending, CancellationToken ct) =>
        states.AddAsync(state, pending.BrowserBindingHash, pending.ExpiresAt, ct);

    public async Task<PendingConsentState?> TakeAsync(string state, CancellationToken ct) =>
        await states.TakeAsync(state, ct) is { } row ? new PendingConsentState(row.BrowserBindingHash, row.ExpiresAt) : null;
}

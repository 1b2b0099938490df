namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>Server-side store of consent <c>state</c> values. <see cref="TakeAsync"/> removes what it returns,
/// which makes each state single-use even when two callbacks race. A scale-out deployment needs a shared
/// implementation (a table with DELETE ... RETURNING); the default is process-local.</summary>
public interface IConsentStateStore
{
    Task AddAsync(string state, PendingConsentState pending, CancellationToken ct);

    /// <summary>Removes and returns the pending state, or null when unknown or already taken.</summary>
    Task<PendingConsentState?> TakeAsync(string state, CancellationToken ct);
}

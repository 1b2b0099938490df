namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>Starts onboarding a newly consented tenant: its first full sync. Hangfire implements it
/// (enqueue a job keyed by tenant id, so a repeated call cannot start two first syncs).</summary>
public interface IFirstSyncScheduler
{
    Task EnqueueFirstSyncAsync(Guid tenantId, CancellationToken ct);
}

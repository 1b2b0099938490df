namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>What the tenant status page shows about synchronisation.</summary>
/// <param name="LastSyncCompletedAt">When the last full or nightly sync of the tenant finished; null before the first.</param>
/// <param name="UsersSynced">Mailboxes synced at least once.</param>
public sealed record TenantSyncStatus(DateTimeOffset? LastSyncCompletedAt, int UsersSynced);

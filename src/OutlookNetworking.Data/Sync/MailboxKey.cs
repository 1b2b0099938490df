namespace OutlookNetworking.Data.Sync;

/// <summary>Identifies one mailbox: the tenant and the user's directory object id.</summary>
public readonly record struct MailboxKey(Guid TenantId, Guid UserId);

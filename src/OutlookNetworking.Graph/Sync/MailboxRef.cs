namespace OutlookNetworking.Graph.Sync;

/// <summary>A mailbox to sync: tenant and user (directory object id).</summary>
public readonly record struct MailboxRef(Guid TenantId, Guid UserId);

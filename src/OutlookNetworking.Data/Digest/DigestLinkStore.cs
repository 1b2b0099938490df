using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Digest;

/// <summary>Which signed digest links have been used: each works once, however many servers or clicks race.</summary>
public sealed class DigestLinkStore(IAppDbContextFactory factory, TimeProvider time)
{
    /// <summary>Marks the link used. True for exactly one caller (the primary key decides); false when it was used before.</summary>
    public async Task<bool> TryUseAsync(string linkId, MailboxKey mailbox, string action, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        db.UsedDigestLinks.Add(new UsedDigestLinkEntity
        {
            LinkId = linkId, TenantId = mailbox.TenantId, UserId = mailbox.UserId, Action = action, UsedAt = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    public async Task<bool> IsUsedAsync(string linkId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.UsedDigestLinks.AsNoTracking().AnyAsync(l => l.LinkId == linkId, cancellationToken);
    }
}

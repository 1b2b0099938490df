using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Data.Sync;

/// <summary>Looks up and assigns <see cref="MailboxNumberEntity"/> numbers. Not cached: every write reads the number
/// from the stream's cursor in its own transaction, so an erased mailbox's number is never written again.</summary>
internal static class MailboxNumbers
{
    public static Task<int?> FindAsync(AppDbContext db, MailboxKey mailbox, CancellationToken cancellationToken) =>
        db.MailboxNumbers.Where(n => n.TenantId == mailbox.TenantId && n.UserId == mailbox.UserId)
            .Select(n => (int?)n.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The mailbox's number, assigned (and saved, in the caller's transaction if any) on first use.</summary>
    public static async Task<int> GetOrAddAsync(AppDbContext db, MailboxKey mailbox, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, mailbox, cancellationToken) is { } number)
        {
            return number;
        }

        var row = new MailboxNumberEntity { TenantId = mailbox.TenantId, UserId = mailbox.UserId };
        db.MailboxNumbers.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row.Number;
    }
}

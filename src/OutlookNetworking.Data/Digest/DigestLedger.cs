using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Digest;

/// <summary>
/// The at-most-once ledger of morning digests: one row per user per local day, inserted before
/// the send. Whoever inserts it sends; everyone else (a retry, a second server) sees it and stops.
/// </summary>
public sealed class DigestLedger(IAppDbContextFactory factory, TimeProvider time)
{
    /// <summary>Claims the right to send <paramref name="localDate"/>'s digest. True for exactly one caller;
    /// also true when an earlier attempt failed before anything was sent.</summary>
    public async Task<bool> TryReserveAsync(MailboxKey mailbox, DateOnly localDate, CancellationToken cancellationToken)
    {
        var date = Format(localDate);
        await using var db = factory.CreateDbContext();
        db.DigestDispatches.Add(new DigestDispatchEntity
        {
            TenantId = mailbox.TenantId, UserId = mailbox.UserId, LocalDate = date,
            Status = DigestDispatchStatus.Reserved, ReservedAt = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The row exists. Only a send that failed before reaching Graph may be tried again, and
            // only by the one caller whose conditional update flips it back to Reserved.
            await using var retry = factory.CreateDbContext();
            var flipped = await retry.DigestDispatches
                .Where(d => d.TenantId == mailbox.TenantId && d.UserId == mailbox.UserId && d.LocalDate == date
                            && d.Status == DigestDispatchStatus.Failed)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DigestDispatchStatus.Reserved), cancellationToken);
            return flipped == 1;
        }
    }

    public Task MarkSentAsync(MailboxKey mailbox, DateOnly localDate, int suggestionCount, CancellationToken cancellationToken) =>
        SetAsync(mailbox, localDate, DigestDispatchStatus.Sent, suggestionCount, null, cancellationToken);

    public Task MarkNothingToSayAsync(MailboxKey mailbox, DateOnly localDate, CancellationToken cancellationToken) =>
        SetAsync(mailbox, localDate, DigestDispatchStatus.NothingToSay, 0, null, cancellationToken);

    /// <summary>Marks a send that certainly did not reach Graph, so a retry may claim it again.</summary>
    public Task MarkFailedAsync(MailboxKey mailbox, DateOnly localDate, string error, CancellationToken cancellationToken) =>
        SetAsync(mailbox, localDate, DigestDispatchStatus.Failed, 0, error.Length > 1000 ? error[..1000] : error, cancellationToken);

    public async Task<DigestDispatchEntity?> FindAsync(MailboxKey mailbox, DateOnly localDate, CancellationToken cancellationToken)
    {
        var date = Format(localDate);
        await using var db = factory.CreateDbContext();
        return await db.DigestDispatches.AsNoTracking().SingleOrDefaultAsync(
            d => d.TenantId == mailbox.TenantId && d.UserId == mailbox.UserId && d.LocalDate == date, cancellationToken);
    }

    /// <summary>The (user, local date) pairs of <paramref name="tenantId"/> that already have a ledger row for one of
    /// <paramref name="localDates"/> (yyyy-MM-dd) that needs nothing more: the scheduler skips them. A row still
    /// "reserved" since before <paramref name="unresolvedBefore"/> is left out: its send's outcome was lost (a crash, a
    /// timeout) and the digest job resolves it (<see cref="TryReclaimAsync"/>).</summary>
    public async Task<IReadOnlySet<(Guid UserId, string LocalDate)>> ListRecordedAsync(Guid tenantId,
        IReadOnlyCollection<string> localDates, DateTimeOffset unresolvedBefore, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.DigestDispatches.AsNoTracking()
            .Where(d => d.TenantId == tenantId && localDates.Contains(d.LocalDate))
            .Select(d => new { d.UserId, d.LocalDate, d.Status, d.ReservedAt }).ToListAsync(cancellationToken);
        return rows.Where(r => r.Status != DigestDispatchStatus.Reserved || r.ReservedAt >= unresolvedBefore)
            .Select(r => (r.UserId, r.LocalDate)).ToHashSet();
    }

    /// <summary>
    /// Takes over a reservation whose send's outcome was lost, for the one caller that resolves it: a conditional
    /// update from the reservation time it read (<paramref name="reservedAt"/>) to now, so of several servers that
    /// read the same stale row exactly one gets true. The caller has checked that the first send did not arrive.
    /// </summary>
    public async Task<bool> TryReclaimAsync(MailboxKey mailbox, DateOnly localDate, DateTimeOffset reservedAt, CancellationToken cancellationToken)
    {
        var date = Format(localDate);
        var now = time.GetUtcNow();
        // A value that differs from the one read even on a stopped clock, at the stores' precision (SQLite keeps 0.1 ms).
        var next = now - reservedAt >= TimeSpan.FromMilliseconds(1) ? now : reservedAt.AddMilliseconds(1);
        await using var db = factory.CreateDbContext();
        var taken = await db.DigestDispatches
            .Where(d => d.TenantId == mailbox.TenantId && d.UserId == mailbox.UserId && d.LocalDate == date
                        && d.Status == DigestDispatchStatus.Reserved && d.ReservedAt == reservedAt)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ReservedAt, next), cancellationToken);
        return taken == 1;
    }

    private async Task SetAsync(MailboxKey mailbox, DateOnly localDate, DigestDispatchStatus status, int count, string? error,
        CancellationToken cancellationToken)
    {
        var date = Format(localDate);
        var now = time.GetUtcNow();
        await using var db = factory.CreateDbContext();
        var row = await db.DigestDispatches.SingleAsync(
            d => d.TenantId == mailbox.TenantId && d.UserId == mailbox.UserId && d.LocalDate == date, cancellationToken);
        row.Status = status;
        row.SuggestionCount = count;
        row.Error = error;
        row.SentAt = status == DigestDispatchStatus.Sent ? now : row.SentAt;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

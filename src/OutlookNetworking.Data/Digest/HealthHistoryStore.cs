using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Digest;

/// <summary>Network health per user per local day, as the digest recorded it, for "change since last week".</summary>
public sealed class HealthHistoryStore(IAppDbContextFactory factory, TimeProvider time)
{
    /// <summary>Records (or replaces) the health of <paramref name="localDate"/>.</summary>
    public async Task RecordAsync(MailboxKey mailbox, DateOnly localDate, NetworkHealth health, CancellationToken cancellationToken)
    {
        var date = Format(localDate);
        await using var db = factory.CreateDbContext();
        var row = await db.HealthSnapshots.SingleOrDefaultAsync(
            h => h.TenantId == mailbox.TenantId && h.UserId == mailbox.UserId && h.LocalDate == date, cancellationToken);
        if (row is null)
        {
            row = new HealthSnapshotEntity { TenantId = mailbox.TenantId, UserId = mailbox.UserId, LocalDate = date };
            db.HealthSnapshots.Add(row);
        }

        row.Health = JsonSerializer.Serialize(health, DataJsonContext.Default.NetworkHealth);
        row.RecordedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent run recorded the same day first: its figures are as good as ours.
        }
    }

    /// <summary>The latest health recorded at least <paramref name="minDaysBack"/> and at most
    /// <paramref name="maxDaysBack"/> days before <paramref name="localDate"/>, with its date; null when none.</summary>
    public async Task<(DateOnly Date, NetworkHealth Health)?> FindBeforeAsync(MailboxKey mailbox, DateOnly localDate,
        int minDaysBack, int maxDaysBack, CancellationToken cancellationToken)
    {
        var dates = Enumerable.Range(minDaysBack, Math.Max(0, maxDaysBack - minDaysBack + 1))
            .Select(back => Format(localDate.AddDays(-back))).ToList();
        await using var db = factory.CreateDbContext();
        var row = await db.HealthSnapshots.AsNoTracking()
            .Where(h => h.TenantId == mailbox.TenantId && h.UserId == mailbox.UserId && dates.Contains(h.LocalDate))
            .OrderByDescending(h => h.LocalDate).FirstOrDefaultAsync(cancellationToken);
        if (row is null || JsonSerializer.Deserialize(row.Health, DataJsonContext.Default.NetworkHealth) is not { } health)
        {
            return null;
        }

        return (DateOnly.ParseExact(row.LocalDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), health);
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Web.Features.Lifecycle;

/// <summary>
/// Deletes what is older than <see cref="RetentionOptions.Days"/>: messages (by sent, else received time), meetings
/// (by end; a recurring series' master with its last meeting), suggestion feedback (unless still snoozing), digest records and audit entries; then the rows whose tenant or mailbox is gone (<see cref="OrphanRows"/>). Relationships and
/// suggestions are derived from the metadata and rebuilt by the next analysis.
/// </summary>
internal sealed class RetentionPurge(IAppDbContextFactory factory, IOptions<RetentionOptions> options)
{
    public async Task<RetentionPurgeResult> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now.ToUniversalTime().AddDays(-options.Value.Days);
        var cutoffMs = cutoff.ToUnixTimeMilliseconds();
        await using var db = factory.CreateDbContext();
        var messages = await db.MailMessages.Where(m => (m.SentAtMs ?? m.ReceivedAtMs) < cutoffMs).ExecuteDeleteAsync(cancellationToken);
        var meetings = await db.Meetings.Where(m => m.EndMs < cutoffMs).ExecuteDeleteAsync(cancellationToken);
        // A series master goes with the last of its meetings (its own start is its first occurrence's, maybe years ago).
        await db.SeriesMasters.Where(s => !db.Meetings.Any(m => m.MailboxNumber == s.MailboxNumber && m.SeriesMasterId == s.Id))
            .ExecuteDeleteAsync(cancellationToken);
        var feedback = await db.SuggestionFeedback.Where(f => f.At < cutoff && (f.SnoozedUntil == null || f.SnoozedUntil < cutoff))
            .ExecuteDeleteAsync(cancellationToken);
        var digests = await db.DigestDispatches.Where(d => d.ReservedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var audit = await db.AuditEntries.Where(a => a.At < cutoff).ExecuteDeleteAsync(cancellationToken);
        var orphans = await new OrphanRows(factory).PurgeAsync(cancellationToken);
        return new RetentionPurgeResult(messages, meetings, feedback, digests, audit) { Orphans = orphans };
    }
}

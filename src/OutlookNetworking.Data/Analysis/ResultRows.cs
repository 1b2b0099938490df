using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Analysis;

/// <summary>
/// Writes one mailbox's analysis over the stored one, touching only rows whose values moved: relationships by contact
/// address, suggestions by their stable key (a key seen before keeps its first-seen time), the summary's figures when
/// they moved; its analysed-at time is always the result's (the instant the stored results hold for, which readers
/// and caches go by). Within the caller's transaction.
/// </summary>
internal static class ResultRows
{
    /// <summary>Stages the changes on <paramref name="db"/> (saved by the caller) and says how many rows moved (the
    /// analysed-at time apart).</summary>
    public static async Task<int> StageChangedAsync(AppDbContext db, MailboxKey mailbox, AnalysisResult result, int messageCount,
        int meetingCount, CancellationToken cancellationToken)
    {
        var (t, u) = (mailbox.TenantId, mailbox.UserId);
        var relationships = await db.Relationships.Where(r => r.TenantId == t && r.UserId == u)
            .ToDictionaryAsync(r => r.ContactAddress, StringComparer.Ordinal, cancellationToken);
        var suggestions = await db.Suggestions.Where(s => s.TenantId == t && s.UserId == u)
            .ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, cancellationToken);
        foreach (var r in result.Relationships)
        {
            if (!relationships.Remove(r.ContactAddress, out var row))
            {
                row = new RelationshipEntity { TenantId = t, UserId = u, ContactAddress = r.ContactAddress };
                db.Relationships.Add(row);
            }

            Fill(row, r);
        }

        db.Relationships.RemoveRange(relationships.Values);
        foreach (var ranked in result.Suggestions)
        {
            var s = ranked.Suggestion;
            if (!suggestions.Remove(s.Key, out var row))
            {
                row = new SuggestionEntity { TenantId = t, UserId = u, Key = s.Key, FirstSeenAt = result.Now };
                db.Suggestions.Add(row);
            }

            row.Kind = (int)s.Kind;
            row.ContactAddress = s.ContactAddress;
            row.ContactDisplayName = s.ContactDisplayName;
            row.Score = s.Score;
            row.Reason = s.Reason;
            row.Evidence = JsonSerializer.Serialize(s.Evidence, DataJsonContext.Default.SuggestionEvidence);
        }

        db.Suggestions.RemoveRange(suggestions.Values);
        var summary = await db.MailboxAnalyses.SingleOrDefaultAsync(a => a.TenantId == t && a.UserId == u, cancellationToken);
        if (summary is null)
        {
            summary = new MailboxAnalysisEntity { TenantId = t, UserId = u };
            db.MailboxAnalyses.Add(summary);
        }

        summary.Health = JsonSerializer.Serialize(result.Health, DataJsonContext.Default.NetworkHealth);
        summary.Noise = JsonSerializer.Serialize(result.Noise.Counts.ToDictionary(StringComparer.Ordinal),
            DataJsonContext.Default.DictionaryStringInt32);
        summary.MessageCount = messageCount;
        summary.MeetingCount = meetingCount;
        db.ChangeTracker.DetectChanges();
        var moved = db.ChangeTracker.Entries().Count(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        summary.AnalysedAt = result.Now;
        return moved;
    }

    private static void Fill(RelationshipEntity row, Relationship r)
    {
        row.DisplayName = r.DisplayName;
        row.IsInternal = r.IsInternal;
        row.FirstContact = r.FirstContact;
        row.LastContact = r.LastContact;
        row.ContactDays = r.ContactDays;
        row.Sent = r.Sent;
        row.Received = r.Received;
        row.Meetings = r.Meetings;
        row.Reciprocity = r.Reciprocity;
        row.Strength = r.Strength;
        row.PeakStrength = r.PeakStrength;
        row.MedianGapDays = r.MedianGapDays;
        row.MonthlyContactDays = string.Join(',', r.MonthlyContactDays.Select(d => d.ToString(CultureInfo.InvariantCulture)));
        row.StrengthLabel = StrengthLabels.ToWireName(r.Label);
    }
}

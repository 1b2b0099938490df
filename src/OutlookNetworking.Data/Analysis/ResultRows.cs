using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Data.Kept;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Analysis;

/// <summary>
/// Writes one mailbox's analysis over the stored one, touching only rows whose values moved: relationships by contact
/// address, suggestions by their stable key (a key seen before keeps its first-seen time), the summary's figures when
/// they moved; its analysed-at time is always the result's (the instant the stored results hold for, which readers
/// and caches go by). Within the caller's transaction. With the mailbox's <see cref="ResultDigest"/>s it reads only
/// the rows whose hash moved (none when nothing moved), and the summary row only when the hash of its values moved; without
/// them it reads every row.
/// </summary>
internal static class ResultRows
{
    /// <summary>Stages the changes on <paramref name="db"/> (saved by the caller) and says how many rows moved (the
    /// analysed-at time apart), with the digests of the rows as staged and which of their buckets changed.</summary>
    public static async Task<StagedResults> StageChangedAsync(AppDbContext db, MailboxKey mailbox, AnalysisResult result, int messageCount,
        int meetingCount, KeptDigests? kept, CancellationToken cancellationToken)
    {
        var (t, u) = (mailbox.TenantId, mailbox.UserId);
        var relationships = await ResultPlan.MakeAsync(
            result.Relationships.Select(r => (r.ContactAddress, RowHashes.Of(r))).ToList(), kept?.Relationships,
            keys => (keys is null ? db.Relationships.Where(r => r.TenantId == t && r.UserId == u)
                    : db.Relationships.Where(r => r.TenantId == t && r.UserId == u && keys.Contains(r.ContactAddress)))
                .ToDictionaryAsync(r => r.ContactAddress, StringComparer.Ordinal, cancellationToken));
        foreach (var r in result.Relationships)
        {
            if (!relationships.Writes(r.ContactAddress))
            {
                continue;
            }

            if (!relationships.Loaded.Remove(r.ContactAddress, out var row))
            {
                row = new RelationshipEntity { TenantId = t, UserId = u, ContactAddress = r.ContactAddress };
                db.Relationships.Add(row);
            }

            Fill(row, r);
        }

        db.Relationships.RemoveRange(relationships.Loaded.Values);
        var suggestions = await ResultPlan.MakeAsync(
            result.Suggestions.Select(s => (s.Suggestion.Key, RowHashes.Of(s.Suggestion))).ToList(), kept?.Suggestions,
            keys => (keys is null ? db.Suggestions.Where(s => s.TenantId == t && s.UserId == u)
                    : db.Suggestions.Where(s => s.TenantId == t && s.UserId == u && keys.Contains(s.Key)))
                .ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, cancellationToken));
        foreach (var ranked in result.Suggestions)
        {
            var s = ranked.Suggestion;
            if (!suggestions.Writes(s.Key))
            {
                continue;
            }

            if (!suggestions.Loaded.Remove(s.Key, out var row))
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

        db.Suggestions.RemoveRange(suggestions.Loaded.Values);
        var health = JsonSerializer.Serialize(result.Health, DataJsonContext.Default.NetworkHealth);
        var noise = JsonSerializer.Serialize(result.Noise.Counts.ToDictionary(StringComparer.Ordinal), DataJsonContext.Default.DictionaryStringInt32);
        var listOnly = JsonSerializer.Serialize(result.ListOnlyContacts.ToList(), DataJsonContext.Default.ListListOnlyContact);
        var summaryHash = RowHashes.OfSummary(health, noise, listOnly, messageCount, meetingCount);
        // With the kept hash of the summary's values equal, the row is not read: only its analysed-at time moves.
        var touched = kept?.Summary == summaryHash && await AnalysedAtSql.TouchAsync(db, mailbox, result.Now, cancellationToken);
        MailboxAnalysisEntity? summary = null;
        if (!touched)
        {
            summary = await db.MailboxAnalyses.SingleOrDefaultAsync(a => a.TenantId == t && a.UserId == u, cancellationToken);
            if (summary is null)
            {
                summary = new MailboxAnalysisEntity { TenantId = t, UserId = u };
                db.MailboxAnalyses.Add(summary);
            }

            summary.Health = health;
            summary.Noise = noise;
            summary.ListOnly = listOnly;
            summary.MessageCount = messageCount;
            summary.MeetingCount = meetingCount;
        }

        db.ChangeTracker.DetectChanges();
        var moved = db.ChangeTracker.Entries().Count(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        summary?.AnalysedAt = result.Now;
        await IntroductionIndexRows.StageAsync(db, mailbox, result.Relationships, relationships.Moved, cancellationToken);
        return new StagedResults(moved, relationships.Digest, relationships.DirtyBuckets, suggestions.Digest, suggestions.DirtyBuckets,
            summaryHash, kept?.Summary != summaryHash, touched);
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

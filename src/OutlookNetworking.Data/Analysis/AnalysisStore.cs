using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Kept;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Analysis;

/// <summary>The results of the last analysis of each mailbox: relationships, open suggestions, health.</summary>
public sealed class AnalysisStore(IAppDbContextFactory factory)
{
    /// <summary>Writes <paramref name="result"/> over the mailbox's stored results in one transaction, touching only
    /// the rows whose values moved (<see cref="ResultRows"/>); returns how many rows moved.</summary>
    public async Task<int> SaveAsync(MailboxKey mailbox, AnalysisResult result, int messageCount, int meetingCount,
        CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = (await ResultRows.StageChangedAsync(db, mailbox, result, messageCount, meetingCount, null, cancellationToken)).Moved;
        if (await MailboxNumbers.FindAsync(db, mailbox, cancellationToken) is { } number)
        {
            // Rows written outside a night: the kept digests of them no longer hold.
            await KeptStateRows.DropDigestsAsync(db, number, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return moved;
    }

    public async Task<AnalysisSummary?> GetSummaryAsync(MailboxKey mailbox, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.MailboxAnalyses.AsNoTracking()
            .SingleOrDefaultAsync(a => a.TenantId == mailbox.TenantId && a.UserId == mailbox.UserId, cancellationToken);
        return row is null
            ? null
            : new AnalysisSummary(row.AnalysedAt,
                JsonSerializer.Deserialize(row.Health, DataJsonContext.Default.NetworkHealth)!,
                JsonSerializer.Deserialize(row.Noise, DataJsonContext.Default.DictionaryStringInt32)!,
                row.MessageCount, row.MeetingCount);
    }

    /// <summary>When the mailbox's stored results were saved (its last analysis), or null when it has none: the cheap
    /// check a read cache of those results makes to know whether they are still current.</summary>
    public async Task<DateTimeOffset?> GetAnalysedAtAsync(MailboxKey mailbox, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.MailboxAnalyses.AsNoTracking()
            .Where(a => a.TenantId == mailbox.TenantId && a.UserId == mailbox.UserId)
            .Select(a => (DateTimeOffset?)a.AnalysedAt)
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The people the last analysis met on list mail only (<see cref="ListOnlyContact"/>), by address; empty
    /// when there is no analysis or none.</summary>
    public async Task<IReadOnlyDictionary<string, ListOnlyContact>> GetListOnlyContactsAsync(MailboxKey mailbox,
        CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var json = await db.MailboxAnalyses.AsNoTracking()
            .Where(a => a.TenantId == mailbox.TenantId && a.UserId == mailbox.UserId)
            .Select(a => a.ListOnly)
            .SingleOrDefaultAsync(cancellationToken);
        var contacts = string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize(json, DataJsonContext.Default.ListListOnlyContact);
        return (contacts ?? []).ToDictionary(c => c.ContactAddress, StringComparer.Ordinal);
    }

    /// <summary>Relationships with the given normalised addresses (all of them when null).</summary>
    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(MailboxKey mailbox,
        IReadOnlyCollection<string>? addresses, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var query = db.Relationships.AsNoTracking().Where(r => r.TenantId == mailbox.TenantId && r.UserId == mailbox.UserId);
        if (addresses is not null)
        {
            query = query.Where(r => addresses.Contains(r.ContactAddress));
        }

        var rows = await query.ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Strength).ThenBy(r => r.ContactAddress, StringComparer.Ordinal)
            .Select(ToRelationship).ToList();
    }

    public async Task<IReadOnlyList<StoredSuggestion>> GetOpenSuggestionsAsync(MailboxKey mailbox, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Suggestions.AsNoTracking()
            .Where(s => s.TenantId == mailbox.TenantId && s.UserId == mailbox.UserId).ToListAsync(cancellationToken);
        return rows.OrderByDescending(s => s.Score).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new StoredSuggestion(ToSuggestion(s), s.FirstSeenAt)).ToList();
    }

    public async Task<StoredSuggestion?> FindSuggestionAsync(MailboxKey mailbox, string key, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Suggestions.AsNoTracking().SingleOrDefaultAsync(
            s => s.TenantId == mailbox.TenantId && s.UserId == mailbox.UserId && s.Key == key, cancellationToken);
        return row is null ? null : new StoredSuggestion(ToSuggestion(row), row.FirstSeenAt);
    }

    private static Suggestion ToSuggestion(SuggestionEntity s) => new(
        s.Key, (SuggestionKind)s.Kind, s.ContactAddress, s.ContactDisplayName, s.Score, s.Reason,
        JsonSerializer.Deserialize(s.Evidence, DataJsonContext.Default.SuggestionEvidence) ?? new SuggestionEvidence());

    private static Relationship ToRelationship(RelationshipEntity r) => new(
        r.ContactAddress, r.DisplayName, r.IsInternal, r.FirstContact, r.LastContact, r.ContactDays, r.Sent,
        r.Received, r.Meetings, r.Reciprocity, r.Strength, r.MedianGapDays,
        r.MonthlyContactDays.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToArray())
    {
        PeakStrength = r.PeakStrength,
        Label = ParseLabel(r.StrengthLabel),
    };

    private static StrengthLabel ParseLabel(string wireName) =>
        Enum.GetValues<StrengthLabel>().FirstOrDefault(l => StrengthLabels.ToWireName(l) == wireName);
}

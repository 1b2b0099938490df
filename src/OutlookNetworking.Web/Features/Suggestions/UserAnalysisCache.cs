using Microsoft.Extensions.Caching.Memory;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>
/// A user's analysis results for the read paths (open suggestions, and the relationships the pane asked about),
/// kept per user and tied to the analysis they came from: every <see cref="CheckInterval"/> one request compares the
/// stored analysis time with the snapshot's (a one-row read) and a new analysis, on any instance, replaces the
/// snapshot; an analysis or an erasure in this process forgets it at once (<see cref="Forget"/>). Relationships are
/// read on demand, one query for the addresses not looked up yet, so memory grows with what the user looks at (at most
/// <see cref="MaxRelationships"/> addresses a user), not with the size of their network. Idle users are dropped after
/// <see cref="IdleLifetime"/>.
/// </summary>
internal sealed class UserAnalysisCache(AnalysisStore analyses, IMemoryCache cache, TimeProvider time)
{
    /// <summary>How often a snapshot in use is checked against the store. Default 5 s: the most a new analysis or an
    /// erasure on another instance may take to show here.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(5);

    /// <summary>A snapshot nobody read for this long is dropped. Default 10 minutes.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(10);

    /// <summary>Most relationships kept per user; past it the looked-up set starts again. Default 2,000.</summary>
    public const int MaxRelationships = 2_000;

    private long _forgotten;

    /// <summary>The user's current snapshot (reading the store only when it is missing, or due a check and stale).</summary>
    public ValueTask<UserAnalysisSnapshot> GetAsync(MailboxKey key, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(new CacheKey(key), out UserAnalysisSnapshot? snapshot) && snapshot is not null)
        {
            var now = time.GetUtcNow();
            return snapshot.TryClaimCheck(now, now + CheckInterval)
                ? new ValueTask<UserAnalysisSnapshot>(CheckAsync(key, snapshot, cancellationToken))
                : ValueTask.FromResult(snapshot);
        }

        return new ValueTask<UserAnalysisSnapshot>(LoadAsync(key, cancellationToken));
    }

    /// <summary>The relationships of the snapshot's analysis with <paramref name="addresses"/> (normalised), by
    /// address; an address without one is absent. Reads the store once for the addresses not looked up yet.</summary>
    public async ValueTask<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(MailboxKey key,
        UserAnalysisSnapshot snapshot, IReadOnlyList<string> addresses, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Relationship>(addresses.Count, StringComparer.Ordinal);
        List<string>? missing = null;
        foreach (var address in addresses)
        {
            if (!snapshot.Relationships.TryGetValue(address, out var relationship))
            {
                (missing ??= []).Add(address);
            }
            else if (relationship is not null)
            {
                found[address] = relationship;
            }
        }

        if (missing is null)
        {
            return found;
        }

        var read = await analyses.GetRelationshipsAsync(key, missing, cancellationToken);
        if (snapshot.Relationships.Count + missing.Count > MaxRelationships)
        {
            snapshot.Relationships.Clear();
        }

        foreach (var relationship in read)
        {
            found[relationship.ContactAddress] = relationship;
        }

        foreach (var address in missing)
        {
            snapshot.Relationships.TryAdd(address, found.GetValueOrDefault(address));
        }

        return found;
    }

    /// <summary>The snapshot's analysis's people met on list mail only, by address (read from the store once per
    /// snapshot).</summary>
    public async ValueTask<IReadOnlyDictionary<string, ListOnlyContact>> GetListOnlyContactsAsync(MailboxKey key,
        UserAnalysisSnapshot snapshot, CancellationToken cancellationToken)
        => snapshot.ListOnly ??= await analyses.GetListOnlyContactsAsync(key, cancellationToken);

    /// <summary>Forgets the user's snapshot (after their mailbox was analysed or erased in this process).</summary>
    public void Forget(MailboxKey key)
    {
        Interlocked.Increment(ref _forgotten);
        cache.Remove(new CacheKey(key));
    }

    private async Task<UserAnalysisSnapshot> CheckAsync(MailboxKey key, UserAnalysisSnapshot snapshot, CancellationToken cancellationToken)
    {
        try
        {
            var analysedAt = await analyses.GetAnalysedAtAsync(key, cancellationToken);
            return analysedAt == snapshot.AnalysedAt ? snapshot : await LoadAsync(key, cancellationToken);
        }
        catch
        {
            snapshot.CheckAgain();
            throw;
        }
    }

    private async Task<UserAnalysisSnapshot> LoadAsync(MailboxKey key, CancellationToken cancellationToken)
    {
        // The analysis time first: if an analysis lands between the two reads, the snapshot carries the older time
        // and its next check replaces it.
        var forgotten = Interlocked.Read(ref _forgotten);
        var analysedAt = await analyses.GetAnalysedAtAsync(key, cancellationToken);
        var open = (await analyses.GetOpenSuggestionsAsync(key, cancellationToken)).Select(s => s.Suggestion).ToList();
        var snapshot = new UserAnalysisSnapshot(analysedAt, open, time.GetUtcNow() + CheckInterval);
        if (Interlocked.Read(ref _forgotten) == forgotten)
        {
            cache.Set(new CacheKey(key), snapshot, new MemoryCacheEntryOptions { SlidingExpiration = IdleLifetime });
        }

        return snapshot;
    }

    private sealed record CacheKey(MailboxKey Mailbox);
}

using OutlookNetworking.Data.Kept;

namespace OutlookNetworking.Data.Analysis;

/// <summary>Which rows of one result table a night writes: with the kept digest, those whose hash moved (their stored
/// rows read, and those of the rows that went); without it, every row (all stored rows read). Also the digest of the
/// rows as they will be, and its buckets that changed (null: all of them, a new digest).</summary>
internal sealed class ResultPlan<TRow>
{
    /// <summary>Above this many moved rows the night reads the whole table of the mailbox rather than naming them.</summary>
    private const int MostNamed = 1_000;

    private HashSet<string>? _writes;

    private ResultPlan(ResultDigest digest) => Digest = digest;

    public ResultDigest Digest { get; }

    public HashSet<int>? DirtyBuckets { get; private set; }

    /// <summary>The stored rows read, by key; what is left after the fresh rows took theirs is deleted.</summary>
    public Dictionary<string, TRow> Loaded { get; private set; } = [];

    /// <summary>The keys of the fresh rows written and of the stored rows deleted (after staging), or null when every
    /// row is written.</summary>
    public IReadOnlyCollection<string>? Moved { get; private set; }

    /// <summary>Whether the fresh row <paramref name="key"/> is written.</summary>
    public bool Writes(string key) => _writes is null || _writes.Contains(key);

    public static async Task<ResultPlan<TRow>> MakeAsync(IReadOnlyList<(string Key, UInt128 Hash)> fresh, ResultDigest? kept,
        Func<IReadOnlyCollection<string>?, Task<Dictionary<string, TRow>>> load)
    {
        var plan = new ResultPlan<TRow>(new ResultDigest(kept?.Buckets ?? ResultDigest.BucketsFor(fresh.Count)));
        foreach (var (key, hash) in fresh)
        {
            plan.Digest.Rows[key] = hash;
        }

        if (kept is null)
        {
            plan.Loaded = await load(null);
            return plan;
        }

        var moved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, hash) in fresh)
        {
            if (!kept.Rows.TryGetValue(key, out var was) || was != hash)
            {
                moved.Add(key);
            }
        }

        plan._writes = [.. moved];
        plan.Moved = moved;
        moved.UnionWith(kept.Rows.Keys.Where(key => !plan.Digest.Rows.ContainsKey(key)));
        plan.DirtyBuckets = moved.Select(plan.Digest.BucketOf).ToHashSet();
        if (moved.Count > MostNamed)
        {
            // Every stored row read: those not moved are left as they are (not in the writes, kept out of Loaded).
            var all = await load(null);
            plan.Loaded = all.Where(p => moved.Contains(p.Key)).ToDictionary(StringComparer.Ordinal);
        }
        else if (moved.Count > 0)
        {
            plan.Loaded = await load(moved);
        }

        return plan;
    }
}

/// <summary>Makes a <see cref="ResultPlan{TRow}"/>.</summary>
internal static class ResultPlan
{
    public static Task<ResultPlan<TRow>> MakeAsync<TRow>(IReadOnlyList<(string Key, UInt128 Hash)> fresh, ResultDigest? kept,
        Func<IReadOnlyCollection<string>?, Task<Dictionary<string, TRow>>> load) => ResultPlan<TRow>.MakeAsync(fresh, kept, load);
}

/// <summary>The kept digests of a mailbox's result rows.</summary>
internal sealed record KeptDigests(ResultDigest Relationships, ResultDigest Suggestions, UInt128? Summary = null);

/// <summary>What <see cref="ResultRows.StageChangedAsync"/> staged: rows moved, and the digests to keep.
/// <paramref name="Summary"/>: the hash of the summary row's values; <paramref name="SummaryMoved"/>: whether it
/// differs from the kept one (or none was kept); <paramref name="AnalysedAtWritten"/>: whether the analysed-at times of the
/// summary and of the mailbox row are already written (the summary's values did not move).</summary>
internal sealed record StagedResults(int Moved, ResultDigest Relationships, IReadOnlySet<int>? RelationshipBuckets,
    ResultDigest Suggestions, IReadOnlySet<int>? SuggestionBuckets, UInt128 Summary = default, bool SummaryMoved = true,
    bool AnalysedAtWritten = false);

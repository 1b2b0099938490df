using System.Collections.Concurrent;
using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>
/// What a read path needs of one user's last analysis, as <see cref="UserAnalysisCache"/> keeps it: the analysis
/// time it belongs to, the open suggestions (best score first), and the relationships asked for so far (each address
/// once; null for an address the analysis does not know). Immutable but for the relationships filled on demand and
/// the time of the next check against the store.
/// </summary>
internal sealed class UserAnalysisSnapshot(DateTimeOffset? analysedAt, IReadOnlyList<Suggestion> open, DateTimeOffset checkAfter)
{
    private long _checkAfterTicks = checkAfter.UtcTicks;

    /// <summary>The stored analysis these results came from; null when the user had none.</summary>
    public DateTimeOffset? AnalysedAt { get; } = analysedAt;

    public IReadOnlyList<Suggestion> Open { get; } = open;

    /// <summary>Relationships looked up so far, by normalised address; a null value is "no relationship".</summary>
    public ConcurrentDictionary<string, Relationship?> Relationships { get; } = new(StringComparer.Ordinal);

    /// <summary>The people the analysis met on list mail only, by address, once read (null until then).</summary>
    public IReadOnlyDictionary<string, ListOnlyContact>? ListOnly { get; set; }

    /// <summary>True for exactly one caller once <paramref name="now"/> reaches the time of the next check, which
    /// moves to <paramref name="next"/>: that caller compares the analysis time with the store, the others go on with
    /// this snapshot meanwhile.</summary>
    public bool TryClaimCheck(DateTimeOffset now, DateTimeOffset next)
    {
        var due = Interlocked.Read(ref _checkAfterTicks);
        return now.UtcTicks >= due && Interlocked.CompareExchange(ref _checkAfterTicks, next.UtcTicks, due) == due;
    }

    /// <summary>Makes the next check due at once (the check claimed by <see cref="TryClaimCheck"/> failed).</summary>
    public void CheckAgain() => Interlocked.Exchange(ref _checkAfterTicks, DateTimeOffset.MinValue.UtcTicks);
}

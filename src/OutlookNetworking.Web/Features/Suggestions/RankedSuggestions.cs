using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Ranking;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>
/// Ranks the user's stored open suggestions with their current feedback (<see cref="SuggestionRanker"/>), at request
/// time, so done, snoozed, dismissed and muted take effect on the next request, without a new analysis. Reads only
/// the user's rows. The open suggestions change only when the mailbox is analysed, so they are kept for
/// <see cref="OpenSuggestionsLifetime"/>; the feedback is read on every request.
/// </summary>
internal sealed class RankedSuggestions(
    AnalysisStore analyses, FeedbackStore feedback, IMemoryCache cache, IOptions<EngineOptions> options, TimeProvider time)
{
    /// <summary>How long a user's open suggestions are reused between analyses. Default 30 s: a new analysis (the
    /// night, or a re-analysis on a worker) shows within this time; an analysis or an opt-out in this process forgets
    /// them at once.</summary>
    public static readonly TimeSpan OpenSuggestionsLifetime = TimeSpan.FromSeconds(30);

    public async Task<UserRanking> LoadAsync(MailboxKey key, CancellationToken cancellationToken)
    {
        var open = OpenAsync(key, cancellationToken);
        var actions = feedback.LoadAsync(key, cancellationToken);
        await Task.WhenAll(open, actions);
        var now = time.GetUtcNow();
        var userFeedback = await actions;
        var ranked = SuggestionRanker.Rank(await open, userFeedback, now, options.Value);
        return new UserRanking(ranked, userFeedback, now);
    }

    /// <summary>Forgets the cached open suggestions of a mailbox (after its analysis or its erasure).</summary>
    public void Forget(MailboxKey key) => cache.Remove(CacheKey(key));

    private async Task<IReadOnlyList<Suggestion>> OpenAsync(MailboxKey key, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(key), out IReadOnlyList<Suggestion>? cached) && cached is not null)
        {
            return cached;
        }

        var open = (await analyses.GetOpenSuggestionsAsync(key, cancellationToken)).Select(s => s.Suggestion).ToList();
        cache.Set(CacheKey(key), (IReadOnlyList<Suggestion>)open, OpenSuggestionsLifetime);
        return open;
    }

    private static string CacheKey(MailboxKey key) => $"open-suggestions:{key.TenantId:N}:{key.UserId:N}";
}

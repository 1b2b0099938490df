using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Ranking;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>
/// Ranks the user's stored open suggestions with their current feedback (<see cref="SuggestionRanker"/>), at request
/// time, so done, snoozed, dismissed and muted take effect on the next request, without a new analysis. Reads only
/// the user's rows, through two per-user caches: the analysis results (<see cref="UserAnalysisCache"/>: replaced when
/// a new analysis is stored, checked every 5 s) and the feedback (<see cref="UserFeedbackCache"/>: forgotten on every
/// write in this process, reused at most 5 s otherwise).
/// </summary>
internal sealed class RankedSuggestions(
    UserAnalysisCache analyses, UserFeedbackCache feedback, IOptions<EngineOptions> options, TimeProvider time)
{
    public async ValueTask<UserRanking> LoadAsync(MailboxKey key, CancellationToken cancellationToken)
    {
        var snapshot = await analyses.GetAsync(key, cancellationToken);
        var userFeedback = await feedback.LoadAsync(key, cancellationToken);
        var now = time.GetUtcNow();
        var ranked = SuggestionRanker.Rank(snapshot.Open, userFeedback, now, options.Value);
        return new UserRanking(snapshot, ranked, userFeedback, now);
    }

    /// <summary>Forgets what is cached of a mailbox (after its analysis or its erasure in this process).</summary>
    public void Forget(MailboxKey key)
    {
        analyses.Forget(key);
        feedback.Forget(key);
    }
}

using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Ranking;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>
/// Ranks the user's stored open suggestions with their current feedback (<see cref="SuggestionRanker"/>), at request
/// time, so done, snoozed, dismissed and muted take effect on the next request, without a new analysis. Reads only
/// the user's rows: their open suggestions and their feedback (two queries, in parallel).
/// </summary>
internal sealed class RankedSuggestions(AnalysisStore analyses, FeedbackStore feedback, IOptions<EngineOptions> options, TimeProvider time)
{
    public async Task<UserRanking> LoadAsync(MailboxKey key, CancellationToken cancellationToken)
    {
        var open = analyses.GetOpenSuggestionsAsync(key, cancellationToken);
        var actions = feedback.LoadAsync(key, cancellationToken);
        await Task.WhenAll(open, actions);
        var now = time.GetUtcNow();
        var userFeedback = await actions;
        var ranked = SuggestionRanker.Rank((await open).Select(s => s.Suggestion), userFeedback, now, options.Value);
        return new UserRanking(ranked, userFeedback, now);
    }
}

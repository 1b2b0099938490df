using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Web.Features.Links;

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>One ranked suggestion (docs/api.md "Suggestion").</summary>
/// <param name="Id">Stable per situation; feedback (done, snooze, dismiss) sticks to it.</param>
/// <param name="Kind">The kind's wire name; the OpenAPI document lists them (schema <c>SuggestionKind</c>).</param>
/// <param name="Today">In today's short list.</param>
/// <param name="WebLink">Outlook on the web, opening the message or meeting the suggestion rests on; null when none.</param>
public sealed record SuggestionResponse(
    string Id,
    string Kind,
    SuggestionContactResponse Contact,
    double Score,
    int Rank,
    bool Today,
    string Reason,
    SuggestionEvidenceResponse Evidence,
    string? WebLink)
{
    internal static SuggestionResponse From(RankedSuggestion ranked, OutlookWebLinks links)
    {
        var s = ranked.Suggestion;
        return new SuggestionResponse(s.Key, SuggestionKindNames.ToWireName(s.Kind),
            new SuggestionContactResponse(s.ContactAddress, s.ContactDisplayName), Math.Round(s.Score, 4), ranked.Rank,
            ranked.Today, s.Reason, SuggestionEvidenceResponse.From(s.Evidence), links.For(s.Evidence));
    }
}

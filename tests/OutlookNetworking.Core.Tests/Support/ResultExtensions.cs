using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Core.Tests.Support;

internal static class ResultExtensions
{
    public static Relationship? RelationshipWith(this AnalysisResult result, string address)
        => result.Relationships.SingleOrDefault(r => r.ContactAddress == address);

    public static IEnumerable<Suggestion> SuggestionsFor(this AnalysisResult result, string address)
        => result.Suggestions.Select(s => s.Suggestion).Where(s => s.ContactAddress == address);

    public static IEnumerable<Suggestion> OfKind(this AnalysisResult result, SuggestionKind kind)
        => result.Suggestions.Select(s => s.Suggestion).Where(s => s.Kind == kind);
}

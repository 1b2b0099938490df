namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary><c>GET /api/suggestions</c>: the top of today's ranked list.</summary>
/// <param name="Date">Today in the user's time zone.</param>
public sealed record SuggestionListResponse(DateOnly Date, IReadOnlyList<SuggestionResponse> Suggestions);

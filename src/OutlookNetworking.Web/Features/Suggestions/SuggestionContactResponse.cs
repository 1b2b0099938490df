namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>Whom a suggestion is about.</summary>
public sealed record SuggestionContactResponse(string Address, string? DisplayName);

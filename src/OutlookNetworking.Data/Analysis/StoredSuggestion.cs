using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Data.Analysis;

/// <summary>An open suggestion as stored, with when it first appeared.</summary>
public sealed record StoredSuggestion(Suggestion Suggestion, DateTimeOffset FirstSeenAt);

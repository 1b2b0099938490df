namespace OutlookNetworking.Core.Analysis;

/// <summary>The outcome of analysing one mailbox at one instant.</summary>
/// <param name="Relationships">Two-way relationships, strongest first.</param>
/// <param name="Suggestions">Every open suggestion (feedback applied), ranked; the daily list is marked.</param>
public sealed record AnalysisResult(
    DateTimeOffset Now,
    IReadOnlyList<Relationship> Relationships,
    IReadOnlyList<RankedSuggestion> Suggestions,
    NoiseSummary Noise,
    NetworkHealth Health)
{
    /// <summary>People met on list or group mail only (no direct mail or meeting yet), by address (ordinal).</summary>
    public IReadOnlyList<ListOnlyContact> ListOnlyContacts { get; init; } = [];
}

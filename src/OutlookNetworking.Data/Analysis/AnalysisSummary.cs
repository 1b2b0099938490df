using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Data.Analysis;

/// <summary>When a mailbox was last analysed, its network health then, and what was dropped as noise.</summary>
public sealed record AnalysisSummary(
    DateTimeOffset AnalysedAt,
    NetworkHealth Health,
    IReadOnlyDictionary<string, int> Noise,
    int MessageCount,
    int MeetingCount);

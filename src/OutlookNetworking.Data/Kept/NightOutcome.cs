using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Data.Kept;

/// <summary>What one mailbox's night did.</summary>
/// <param name="Result">The analysis, as a from-scratch analysis at the same instant gives it.</param>
/// <param name="FromScratchBecause">Why the mailbox was analysed from scratch, or null when the night folded.</param>
/// <param name="ChangesFolded">Messages and meetings the night folded in (changed or removed).</param>
/// <param name="RowsMoved">Result rows whose values moved (relationships, suggestions, the summary's figures): 0 when nothing moved.</param>
public sealed record NightOutcome(AnalysisResult Result, string? FromScratchBecause, int ChangesFolded, int RowsMoved,
    int MessageCount, int MeetingCount);

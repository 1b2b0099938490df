namespace OutlookNetworking.Core.Detectors.TieWorth;

/// <summary>A term of a quiet tie's worth (<see cref="TieWorthOptions"/>), in the order a tie between two terms'
/// shares is settled when naming the one that made a tie rank.</summary>
internal enum WorthTerm
{
    Closeness,
    Reciprocity,
    PeakRecency,
    External,
    Goal,
}

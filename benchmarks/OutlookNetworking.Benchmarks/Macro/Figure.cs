namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>One measured figure, side by side with its baseline (when it has one) and the goal it is held to.</summary>
/// <param name="Key">Its key in the JSON summary; the baseline and ratio keys are named the same way.</param>
internal sealed record Figure(
    string Name,
    string Key,
    double? Value,
    string Unit,
    string? BaselineKey = null,
    double? Baseline = null,
    string? RatioKey = null,
    double? Ratio = null,
    string Goal = "",
    bool? Met = null);

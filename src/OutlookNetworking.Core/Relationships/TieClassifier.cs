using OutlookNetworking.Core.Engine;

namespace OutlookNetworking.Core.Relationships;

/// <summary>
/// Classifies a tie by its silence against its own usual gap g (or
/// <see cref="EngineOptions.NoRhythmGapDays"/> without one): dormant from
/// max(<see cref="EngineOptions.DormantGapMultiple"/> × g, <see cref="EngineOptions.DormantMinSilentDays"/>)
/// silent days if it was once strong (else lapsed), fading from
/// max(<see cref="EngineOptions.FadingGapMultiple"/> × g, <see cref="EngineOptions.FadingMinSilentDays"/>).
/// </summary>
internal static class TieClassifier
{
    public static TieState Classify(
        DateTimeOffset firstContact, DateTimeOffset lastContact, double? medianGapDays, double peakStrength,
        DateTimeOffset asOf, EngineOptions options)
    {
        var silent = SilentDays(lastContact, asOf);
        var gap = medianGapDays ?? options.NoRhythmGapDays;
        if (silent >= Math.Max(options.DormantGapMultiple * gap, options.DormantMinSilentDays))
        {
            return peakStrength >= options.DormantMinPeakStrength && silent <= options.DormantMaxSilentDays
                ? TieState.Dormant
                : TieState.Lapsed;
        }

        if (silent >= Math.Max(options.FadingGapMultiple * gap, options.FadingMinSilentDays))
        {
            return TieState.Fading;
        }

        return (asOf - firstContact).TotalDays < options.NewTieDays ? TieState.New : TieState.Active;
    }

    /// <summary>Whole days from <paramref name="lastContact"/> to <paramref name="asOf"/> (never negative).</summary>
    public static int SilentDays(DateTimeOffset lastContact, DateTimeOffset asOf)
        => Math.Max(0, (int)Math.Floor((asOf - lastContact).TotalDays));
}

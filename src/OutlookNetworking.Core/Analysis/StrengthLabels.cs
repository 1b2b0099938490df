using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Relationships;

namespace OutlookNetworking.Core.Analysis;

/// <summary>Maps a relationship to its <see cref="StrengthLabel"/> and labels to wire names.</summary>
public static class StrengthLabels
{
    /// <summary>
    /// The label of <paramref name="relationship"/> at <paramref name="now"/>: <c>dormant</c> or
    /// <c>fading</c> when silent beyond its rhythm (see <see cref="EngineOptions.FadingGapMultiple"/>,
    /// <see cref="EngineOptions.DormantGapMultiple"/>); else <c>new</c> when first met within
    /// <see cref="EngineOptions.NewTieDays"/>; else by strength: <c>strong</c> from
    /// <see cref="EngineOptions.StrongTieStrength"/>, <c>steady</c> from
    /// <see cref="EngineOptions.SteadyTieStrength"/>, <c>light</c> below (strength as of the analysis that produced the relationship).
    /// </summary>
    public static StrengthLabel Of(Relationship relationship, DateTimeOffset now, EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(options);
        var state = TieClassifier.Classify(relationship.FirstContact, relationship.LastContact,
            relationship.MedianGapDays, relationship.PeakStrength, now, options);
        return FromState(state, relationship.Strength, options);
    }

    internal static StrengthLabel FromState(TieState state, double strength, EngineOptions options)
        => state switch
        {
            TieState.Dormant => StrengthLabel.Dormant,
            TieState.Fading => StrengthLabel.Fading,
            TieState.New => StrengthLabel.New,
            TieState.Active or TieState.Lapsed => ByStrength(strength, options),
        };

    /// <summary>The wire name: <c>strong</c>, <c>steady</c>, <c>light</c>, <c>fading</c>,
    /// <c>dormant</c> or <c>new</c>.</summary>
    public static string ToWireName(StrengthLabel label) => label switch
    {
        StrengthLabel.Strong => "strong",
        StrengthLabel.Steady => "steady",
        StrengthLabel.Light => "light",
        StrengthLabel.Fading => "fading",
        StrengthLabel.Dormant => "dormant",
        StrengthLabel.New => "new",
    };

    private static StrengthLabel ByStrength(double strength, EngineOptions options)
        => strength >= options.StrongTieStrength ? StrengthLabel.Strong
            : strength >= options.SteadyTieStrength ? StrengthLabel.Steady
            : StrengthLabel.Light;
}

using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;

namespace OutlookNetworking.Core.Tests.Analysis;

public sealed class StrengthLabelsTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 30, 18, 0, 0, TimeSpan.Zero);

    private static Relationship Tie(double firstDaysAgo, double lastDaysAgo, double strength, double? gap, double peak)
        => new("x@y.example", null, false, Now.AddDays(-firstDaysAgo), Now.AddDays(-lastDaysAgo), 10, 5, 5, 0, 1, strength,
            gap, new int[12]) { PeakStrength = peak };

    [Theory]
    [InlineData(400, 2, 0.8, 7.0, 0.9, StrengthLabel.Strong)]
    [InlineData(400, 2, 0.45, 7.0, 0.5, StrengthLabel.Steady)]
    [InlineData(400, 2, 0.1, 7.0, 0.2, StrengthLabel.Light)]
    [InlineData(20, 2, 0.3, 7.0, 0.3, StrengthLabel.New)]
    [InlineData(400, 100, 0.3, 30.0, 0.7, StrengthLabel.Fading)]   // 100 >= 3 x 30
    [InlineData(900, 600, 0.01, 7.0, 0.9, StrengthLabel.Dormant)]  // 600 >= max(8 x 7, 90), once strong
    [InlineData(900, 600, 0.01, 7.0, 0.2, StrengthLabel.Light)]    // never strong: lapsed, read by strength
    public void Of_Relationship_LabelsByRhythmThenAgeThenStrength(
        double firstDaysAgo, double lastDaysAgo, double strength, double? gap, double peak, StrengthLabel expected)
        => Assert.Equal(expected, StrengthLabels.Of(Tie(firstDaysAgo, lastDaysAgo, strength, gap, peak), Now, new EngineOptions()));
}

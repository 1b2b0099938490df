using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Detectors;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Interactions;
using OutlookNetworking.Core.Relationships;

namespace OutlookNetworking.Core.Health;

/// <summary>
/// Network health now and <see cref="ComparisonDays"/> earlier, the earlier figures computed from the
/// interactions up to then only (as an analysis run that day would have seen them). Active ties are
/// two-way ties that are neither fading, dormant nor lapsed; new ties are those first contacted within
/// <see cref="EngineOptions.NewTieDays"/>; external share and reciprocity are over active ties.
/// </summary>
internal static class NetworkHealthCalculator
{
    /// <summary>Each figure is compared with its value this many days earlier.</summary>
    public const int ComparisonDays = 30;

    public static NetworkHealth Compute(
        IEnumerable<ContactView?> contacts, TieStatsCalculator calculator, OwnerClock clock, EngineOptions options, DateTimeOffset now)
    {
        var then = now.AddDays(-ComparisonDays);
        var thenTicks = then.UtcTicks;
        var thenDay = clock.DayOf(thenTicks);
        var current = new HealthTally();
        var previous = new HealthTally();
        foreach (var contact in contacts)
        {
            if (contact?.Relationship is not { } relationship)
            {
                continue;
            }

            current.Add(contact.State, IsNew(relationship.FirstContact, now, options), contact.IsInternal, relationship.Reciprocity);

            var earlier = calculator.Compute(contact.Ledger.Touches, thenTicks, thenDay);
            if (earlier.IsTwoWay)
            {
                var state = TieClassifier.Classify(earlier.FirstContact, earlier.LastContact, earlier.MedianGapDays,
                    earlier.PeakStrength, then, options);
                previous.Add(state, IsNew(earlier.FirstContact, then, options), contact.IsInternal, earlier.Reciprocity);
            }
        }

        return new NetworkHealth(
            new HealthFigure(current.Active, previous.Active),
            new HealthFigure(current.New, previous.New),
            new HealthFigure(current.Fading, previous.Fading),
            new HealthFigure(current.Dormant, previous.Dormant),
            new HealthFigure(current.ExternalShare, previous.ExternalShare),
            new HealthFigure(current.Reciprocity, previous.Reciprocity));
    }

    private static bool IsNew(DateTimeOffset firstContact, DateTimeOffset asOf, EngineOptions options)
        => (asOf - firstContact).TotalDays < options.NewTieDays;
}

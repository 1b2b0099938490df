using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Relationships;

namespace OutlookNetworking.Core.Detectors.DormantTie;

/// <summary>
/// Dormant tie worth reconnecting: a once-strong relationship with at least
/// <see cref="DormantTieOptions.MinContactDays"/> contact days, silent far beyond its own rhythm but still within reach
/// (<see cref="TieState.Dormant"/>). Dormant ties that were once strong give advice as useful as current ties and more
/// novel (Levin, Walter &amp; Murnighan 2011). Anchored on the last-contact date.
/// </summary>
internal sealed class DormantTieDetector(DormantTieOptions options) : ISuggestionDetector
{
    public SuggestionKind Kind => SuggestionKind.DormantTie;

    public void Detect(DetectionContext context, List<Suggestion> output)
    {
        foreach (var (contact, tie) in QuietTies.In(context, TieState.Dormant, options.MinContactDays))
        {
            var reason = DormantTieReason.For(contact.Name, tie.ContactDays, tie.MedianGapDays ?? context.Engine.NoRhythmGapDays,
                context.Clock.DateOf(tie.LastContact), context.DaysSince(tie.LastContact));
            output.Add(QuietTies.Suggest(context, Kind, contact, tie, DormantTieScore.Of(tie.PeakStrength, context.Engine), reason));
        }
    }
}
